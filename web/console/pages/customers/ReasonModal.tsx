/** 加入黑名单 / 移出黑名单: both need a reason (audited). */
import { Form, Input } from 'antd';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { customersApi } from './api';
import type { Customer } from './types';

interface Props {
  customer: Customer;
  action: 'blacklist' | 'unblacklist';
  onClose: () => void;
  onSaved: (customer: Customer) => void;
}

export function ReasonModal({ customer, action, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal<{ reason: string }>
      title={`${t(`customer.${action}`)} · ${customer.name}`}
      form={form}
      okText={t(`customer.${action}`)}
      onSubmit={async ({ reason }) => onSaved(await customersApi[action](customer.id, reason.trim()))}
      onClose={onClose}
    >
      <Form.Item
        name="reason"
        label={t('customer.reason')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('customer.reason') }),
          },
        ]}
      >
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} autoFocus />
      </Form.Item>
    </FormModal>
  );
}
