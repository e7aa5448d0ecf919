/** Finds the caller by phone (autofocused, Enter looks up), or creates the customer inline. */
import { Button, Input, type InputRef, List, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { http } from '../../../shared/http';
import { type ApiError, asApiError } from '../../../shared/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import type { Duplicate } from '../customers/types';
import { NewCustomerForm } from './NewCustomerForm';

export interface ChosenCustomer {
  id: string;
  name: string;
}

interface Props {
  value: ChosenCustomer | null;
  onChange: (customer: ChosenCustomer | null) => void;
}

const findByPhone = (phone: string) =>
  http.get<{ items: Duplicate[] }>('/api/v1/customers/duplicates', { query: { phone } });

export function CustomerLookup({ value, onChange }: Props) {
  const { t } = useI18n();
  const input = useRef<InputRef>(null);
  const [phone, setPhone] = useState('');
  const [found, setFound] = useState<Duplicate[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    if (!value) input.current?.focus();
  }, [value]);

  const lookup = async () => {
    const p = phone.trim();
    if (!p) return;
    setLoading(true);
    setError(null);
    try {
      const { items } = await findByPhone(p);
      setFound(items);
      if (items.length === 1 && items[0]) onChange(items[0]);
      if (items.length === 0) setCreating(true);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setLoading(false);
    }
  };

  if (value) {
    return (
      <Space data-testid="chosen-customer">
        <Typography.Text strong>{value.name}</Typography.Text>
        <Button
          size="small"
          onClick={() => {
            onChange(null);
            setFound(null);
          }}
        >
          {t('orderNew.change')}
        </Button>
      </Space>
    );
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space.Compact style={{ maxWidth: 420, width: '100%' }}>
        <Input
          ref={input}
          autoFocus
          aria-label={t('orderNew.phone')}
          placeholder={t('orderNew.phone')}
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          onPressEnter={(e) => {
            e.preventDefault();
            void lookup();
          }}
          inputMode="tel"
        />
        <Button type="primary" loading={loading} onClick={() => void lookup()}>
          {t('orderNew.lookup')}
        </Button>
        <Button onClick={() => setCreating(true)}>{t('orderNew.newCustomer')}</Button>
      </Space.Compact>
      {error && <ProblemAlert error={error} />}
      {found && found.length === 0 && (
        <Typography.Text type="secondary">{t('orderNew.noMatch')}</Typography.Text>
      )}
      {found && found.length > 1 && (
        <List
          size="small"
          dataSource={found}
          renderItem={(d) => (
            <List.Item
              actions={[
                <Button key="pick" size="small" type="link" onClick={() => onChange(d)}>
                  {t('orderNew.pickCustomer')}
                </Button>,
              ]}
            >
              {d.name} {d.maskedPhone}
            </List.Item>
          )}
        />
      )}
      {creating && (
        <NewCustomerForm phone={phone.trim()} onChosen={onChange} onCancel={() => setCreating(false)} />
      )}
    </Space>
  );
}
