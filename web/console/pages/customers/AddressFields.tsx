/** The fields of one address; `prefix` places them inside a Form.List row. */
import { Checkbox, Col, Form, Input, Row } from 'antd';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../messages';

type Prefix = (string | number)[];

export function AddressFields({ prefix = [] }: { prefix?: Prefix }) {
  const { t } = useI18n();
  const item = (name: string, label: MessageKey, required: boolean, max: number, span = 8) => (
    <Col xs={24} md={span}>
      <Form.Item
        name={[...prefix, name]}
        label={t(label)}
        rules={
          required
            ? [{ required: true, whitespace: true, message: t('common.required', { field: t(label) }) }]
            : []
        }
      >
        <Input maxLength={max} />
      </Form.Item>
    </Col>
  );
  return (
    <Row gutter={12}>
      {item('province', 'address.province', true, 20)}
      {item('city', 'address.city', true, 20)}
      {item('district', 'address.district', true, 20)}
      {item('community', 'address.community', true, 60, 12)}
      {item('label', 'address.label', false, 20, 12)}
      {item('detail', 'address.detail', true, 200, 24)}
      {item('accessNotes', 'address.accessNotes', false, 200, 16)}
      <Col xs={24} md={8}>
        <Form.Item name={[...prefix, 'isDefault']} valuePropName="checked" label=" ">
          <Checkbox>{t('address.isDefault')}</Checkbox>
        </Form.Item>
      </Col>
    </Row>
  );
}
