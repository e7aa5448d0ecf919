/** 家庭情况 (R2: area, members, children, elders, pets, special needs) and 偏好. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Row, Space } from 'antd';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../messages';

const count = { min: 0, max: 99, precision: 0, style: { width: '100%' } };

export function HouseholdFields() {
  const { t } = useI18n();
  const num = (name: string, label: MessageKey, props: object = count) => (
    <Col xs={12} md={6}>
      <Form.Item name={['household', name]} label={t(label)}>
        <InputNumber {...props} />
      </Form.Item>
    </Col>
  );
  return (
    <Row gutter={12}>
      {num('areaM2', 'household.areaM2', { min: 0, max: 100000, style: { width: '100%' } })}
      {num('rooms', 'household.rooms')}
      {num('members', 'household.members')}
      {num('elders', 'household.elders')}
      <Col xs={24} md={12}>
        <Form.Item label={t('household.children')}>
          <Form.List name={['household', 'children']}>
            {(fields, { add, remove }) => (
              <Space wrap>
                {fields.map((field) => (
                  <Space key={field.key} size={2}>
                    <Form.Item name={[field.name, 'age']} noStyle rules={[{ required: true, message: '' }]}>
                      <InputNumber
                        min={0}
                        max={18}
                        precision={0}
                        style={{ width: 72 }}
                        aria-label={t('household.children')}
                      />
                    </Form.Item>
                    <MinusCircleOutlined
                      onClick={() => remove(field.name)}
                      aria-label={t('workerForm.remove')}
                    />
                  </Space>
                ))}
                <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add()} />
              </Space>
            )}
          </Form.List>
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={['household', 'pets']} label={t('household.pets')}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name={['household', 'specialNeeds']} label={t('household.specialNeeds')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Col>
    </Row>
  );
}

export function PreferenceFields() {
  const { t } = useI18n();
  const text = (name: string, label: MessageKey, max: number) => (
    <Col xs={24} md={8}>
      <Form.Item name={['preferences', name]} label={t(label)}>
        <Input maxLength={max} />
      </Form.Item>
    </Col>
  );
  const age = (name: string, label: MessageKey) => (
    <Col xs={12} md={6}>
      <Form.Item name={['preferences', name]} label={t(label)}>
        <InputNumber min={16} max={80} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );
  return (
    <Row gutter={12}>
      {text('language', 'prefs.language', 40)}
      {text('nativePlace', 'prefs.nativePlace', 40)}
      {text('cuisine', 'prefs.cuisine', 60)}
      {age('workerAgeMin', 'prefs.workerAgeMin')}
      {age('workerAgeMax', 'prefs.workerAgeMax')}
      <Col xs={24} md={12}>
        <Form.Item name={['preferences', 'notes']} label={t('prefs.notes')}>
          <Input maxLength={500} />
        </Form.Item>
      </Col>
    </Row>
  );
}
