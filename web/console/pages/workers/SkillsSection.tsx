/** The 技能 section of the worker form: skills with a level 1–5. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, InputNumber, Select, Space } from 'antd';
import { useSkills } from '../../hooks/useSkills';
import { useI18n } from '../../i18n';
import { required } from './WorkerFormSections';

export function SkillsSection() {
  const { t } = useI18n();
  const { options } = useSkills();
  return (
    <Card title={t('workerForm.skills')} size="small">
      <Form.List name="skills">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item
                  name={[field.name, 'skillId']}
                  label={t('workerForm.skill')}
                  rules={[required(t, 'workerForm.skill', true)]}
                >
                  <Select
                    options={options}
                    style={{ width: 200 }}
                    showSearch={{ optionFilterProp: 'label' }}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'level']} label={t('workerForm.skillLevel')}>
                  <InputNumber min={1} max={5} precision={0} />
                </Form.Item>
                <Button type="link" danger icon={<MinusCircleOutlined />} onClick={() => remove(field.name)}>
                  {t('workerForm.remove')}
                </Button>
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ level: 1 })}>
              {t('workerForm.addSkill')}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}
