/** The inline "新建客户" of a phone order: name, phone and one address; a duplicate phone offers the file. */
import { Button, Col, Form, Input, List, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { asApiError } from '../../../shared/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../messages';
import { customersApi, duplicatesOf } from '../customers/api';
import type { Duplicate } from '../customers/types';

interface MiniCustomer {
  name: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  community: string;
  detail: string;
}

interface Props {
  phone: string;
  onChosen: (customer: { id: string; name: string }) => void;
  onCancel: () => void;
}

export function NewCustomerForm({ phone, onChosen, onCancel }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<MiniCustomer>();
  const { submitting, failure, run } = useFormSubmit(form);
  const [duplicates, setDuplicates] = useState<Duplicate[] | null>(null);

  const submit = (v: MiniCustomer) =>
    void run(async () => {
      setDuplicates(null);
      const { name, phone: p, ...address } = v;
      try {
        const created = await customersApi.create({
          name: name.trim(),
          phones: [p.trim()],
          sourceChannel: 'phone',
          addresses: [{ ...address, label: '家', isDefault: true }],
        });
        onChosen({ id: created.id, name: created.name });
      } catch (caught) {
        const found = duplicatesOf(asApiError(caught));
        if (!found) throw caught;
        setDuplicates(found);
      }
    });

  const field = (name: keyof MiniCustomer, label: MessageKey, span: number, max: number) => (
    <Col xs={24} md={span}>
      <Form.Item
        name={name}
        label={t(label)}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t(label) }) }]}
      >
        <Input maxLength={max} />
      </Form.Item>
    </Col>
  );

  return (
    <Form<MiniCustomer>
      form={form}
      layout="vertical"
      size="small"
      initialValues={{ phone, province: '北京市', city: '北京市' }}
      onFinish={submit}
      data-testid="new-customer-form"
    >
      <Row gutter={8}>
        {field('name', 'customers.name', 8, 40)}
        {field('phone', 'customers.phone', 8, 20)}
        {field('province', 'address.province', 4, 20)}
        {field('city', 'address.city', 4, 20)}
        {field('district', 'address.district', 6, 20)}
        {field('community', 'address.community', 8, 60)}
        {field('detail', 'address.detail', 10, 200)}
      </Row>
      {duplicates && (
        <List
          size="small"
          header={<Typography.Text type="warning">{t('orderNew.dupFound')}</Typography.Text>}
          dataSource={duplicates}
          renderItem={(d) => (
            <List.Item
              actions={[
                <Button key="pick" size="small" type="link" onClick={() => onChosen(d)}>
                  {t('orderNew.pickCustomer')}
                </Button>,
              ]}
            >
              {d.name} {d.maskedPhone}
            </List.Item>
          )}
        />
      )}
      {failure && <ProblemAlert error={failure.error} unmatched={failure.unmatched} />}
      <Space>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('orderNew.createCustomer')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
