/** 基本信息 of a customer: name, phones (create only), source, ID number, tags, notes. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, Space } from 'antd';
import { useI18n } from '../../i18n';
import { SOURCE_CHANNELS } from './types';

/** The server's rule: a mobile or a landline, spaces and hyphens ignored. */
export const isCustomerPhone = (value: string) =>
  /^(1[3-9]\d{9}|0\d{9,11})$/.test(value.replace(/[\s-]/g, ''));

export function PhoneListField() {
  const { t } = useI18n();
  const phoneRules = [
    { required: true, whitespace: true, message: t('common.required', { field: t('customers.phone') }) },
    {
      validator: (_: unknown, value?: string) =>
        !value?.trim() || isCustomerPhone(value)
          ? Promise.resolve()
          : Promise.reject(new Error(t('customers.badPhone'))),
    },
  ];
  return (
    <Form.List name="phones">
      {(fields, { add, remove }) => (
        <Form.Item label={t('customers.phones')} required>
          <Space orientation="vertical" style={{ width: '100%' }}>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline">
                <Form.Item name={field.name} rules={phoneRules} noStyle>
                  <Input
                    inputMode="tel"
                    maxLength={20}
                    style={{ width: 220 }}
                    aria-label={`${t('customers.phone')} ${index + 1}`}
                    placeholder={index === 0 ? t('customers.primary') : undefined}
                  />
                </Form.Item>
                {fields.length > 1 && (
                  <MinusCircleOutlined
                    onClick={() => remove(field.name)}
                    aria-label={t('customers.removePhone')}
                  />
                )}
              </Space>
            ))}
            {fields.length < 5 && (
              <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add('')}>
                {t('customers.addPhone')}
              </Button>
            )}
          </Space>
        </Form.Item>
      )}
    </Form.List>
  );
}

interface Props {
  withPhones: boolean;
  /** The masked ID number on file: an empty field keeps it. */
  idNumberHint?: string | null;
}

export function CustomerBasicFields({ withPhones, idNumberHint }: Props) {
  const { t } = useI18n();
  return (
    <Row gutter={12}>
      <Col xs={24} md={12}>
        <Form.Item
          name="name"
          label={t('customers.name')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('customers.name') }),
            },
          ]}
        >
          <Input maxLength={40} autoFocus />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="sourceChannel"
          label={t('customers.sourceChannel')}
          rules={[
            { required: true, message: t('common.selectRequired', { field: t('customers.sourceChannel') }) },
          ]}
        >
          <Select options={SOURCE_CHANNELS.map((value) => ({ value, label: t(`source.${value}`) }))} />
        </Form.Item>
      </Col>
      {withPhones && (
        <Col xs={24} md={12}>
          <PhoneListField />
        </Col>
      )}
      <Col xs={24} md={12}>
        <Form.Item
          name="idNumber"
          label={t('customers.idNumber')}
          rules={[{ pattern: /^\s*\d{17}[\dXx]\s*$/, message: t('workerForm.badId') }]}
        >
          <Input
            maxLength={18}
            autoComplete="off"
            placeholder={idNumberHint ? t('workerForm.sensitiveKeep', { value: idNumberHint }) : undefined}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="tags" label={t('customers.tags')} extra={t('workerForm.listHint')}>
          <Select mode="tags" open={false} suffixIcon={null} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="notes" label={t('customers.notes')}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
