/** The phones of a file: masked; 查看完整电话 (audited) shows them in full and allows removing one. */
import { EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { asApiError } from '../../../shared/problem';
import { useAuth } from '../../auth';
import { useI18n } from '../../i18n';
import { customersApi } from './api';
import { PhoneModal } from './PhoneModal';
import type { Customer, CustomerPhone } from './types';
import { useCustomerAction } from './useCustomerAction';

interface Props {
  customer: Customer;
  onChange: (customer: Customer) => void;
  editable: boolean;
}

export function PhonesCard({ customer, onChange, editable }: Props) {
  const { t } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [revealed, setRevealed] = useState<CustomerPhone[] | null>(null);
  /** After any change the full numbers are hidden again (a new reveal is a new audit entry). */
  const changed = (next: Customer) => {
    setRevealed(null);
    onChange(next);
  };
  const act = useCustomerAction(changed);
  const [adding, setAdding] = useState(false);
  const [loading, setLoading] = useState(false);

  const reveal = async () => {
    setLoading(true);
    try {
      setRevealed((await customersApi.revealPhones(customer.id)).phones);
      message.info(t('worker.revealAudited'));
    } catch (caught) {
      message.error(asApiError(caught).message);
    } finally {
      setLoading(false);
    }
  };
  const phones = revealed ?? customer.phones;
  const canRemove = editable && revealed !== null && phones.length > 1;

  return (
    <Card
      size="small"
      title={t('customers.phones')}
      extra={
        <Space>
          {can('customer.reveal') && revealed === null && (
            <Button size="small" icon={<EyeOutlined />} loading={loading} onClick={reveal}>
              {t('customer.reveal')}
            </Button>
          )}
          {editable && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('customers.addPhone')}
            </Button>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size={6}>
        {phones.map((p) => (
          <Space key={p.phone} size={6}>
            <Typography.Text strong={p.isPrimary} copyable={revealed !== null}>
              {p.phone}
            </Typography.Text>
            {p.isPrimary && <Tag color="blue">{t('customers.primary')}</Tag>}
            {canRemove && (
              <Popconfirm
                title={t('customers.removePhoneConfirm', { phone: p.phone })}
                okText={t('common.ok')}
                cancelText={t('common.cancel')}
                onConfirm={() => act(() => customersApi.removePhone(customer.id, p.phone))}
              >
                <Button type="link" size="small" danger>
                  {t('customers.removePhone')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        ))}
        {editable && revealed === null && phones.length > 1 && can('customer.reveal') && (
          <Typography.Text type="secondary">{t('customers.removeNeedsReveal')}</Typography.Text>
        )}
      </Space>
      {adding && (
        <PhoneModal
          customerId={customer.id}
          onClose={() => setAdding(false)}
          onSaved={(next) => {
            setAdding(false);
            changed(next);
          }}
        />
      )}
    </Card>
  );
}
