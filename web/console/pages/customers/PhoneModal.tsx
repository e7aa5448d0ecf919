/** 添加电话: a phone another file already holds asks first (409), then 仍然添加. */
import { Form, Input } from 'antd';
import { useState } from 'react';
import { asApiError } from '../../../shared/problem';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { customersApi, duplicatesOf } from './api';
import { isCustomerPhone } from './CustomerBasicFields';
import { DuplicateAlert } from './DuplicateAlert';
import type { Customer, Duplicate } from './types';

interface Props {
  customerId: string;
  onClose: () => void;
  onSaved: (customer: Customer) => void;
}

export function PhoneModal({ customerId, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ phone: string }>();
  const [duplicates, setDuplicates] = useState<Duplicate[] | null>(null);

  const onSubmit = async ({ phone }: { phone: string }) => {
    try {
      onSaved(await customersApi.addPhone(customerId, phone.trim(), duplicates !== null || undefined));
    } catch (caught) {
      const found = duplicatesOf(asApiError(caught));
      if (!found) throw caught;
      setDuplicates(found);
    }
  };

  return (
    <FormModal<{ phone: string }>
      title={t('customers.addPhone')}
      form={form}
      onSubmit={onSubmit}
      onClose={onClose}
      okText={duplicates ? t('dup.addAnyway') : undefined}
    >
      {duplicates && <DuplicateAlert duplicates={duplicates} />}
      <Form.Item
        name="phone"
        label={t('customers.phone')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('customers.phone') }),
          },
          {
            validator: (_, value?: string) =>
              !value?.trim() || isCustomerPhone(value)
                ? Promise.resolve()
                : Promise.reject(new Error(t('customers.badPhone'))),
          },
        ]}
      >
        <Input inputMode="tel" maxLength={20} autoFocus onChange={() => setDuplicates(null)} />
      </Form.Item>
    </FormModal>
  );
}
