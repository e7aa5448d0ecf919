/** Records the customer's decision on a quote taken by phone: 电话确认接受 or 客户拒绝, with a note. */
import { Form, Input } from 'antd';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { ordersApi } from './api';

interface Props {
  quoteId: string;
  decision: 'accept' | 'reject';
  onDone: () => void;
  onClose: () => void;
}

export function QuoteDecisionModal({ quoteId, decision, onDone, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ note: string }>();
  const label = t(decision === 'accept' ? 'quote.note' : 'quote.rejectNote');
  return (
    <FormModal<{ note: string }>
      title={t(decision === 'accept' ? 'quote.acceptPhone' : 'quote.reject')}
      form={form}
      okText={t(decision === 'accept' ? 'quote.acceptPhone' : 'quote.reject')}
      onClose={onClose}
      onSubmit={async (v) => {
        const note = v.note.trim();
        await (decision === 'accept'
          ? ordersApi.acceptQuote(quoteId, note)
          : ordersApi.rejectQuote(quoteId, note));
        onDone();
      }}
    >
      <Form.Item
        name="note"
        label={label}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: label }) }]}
      >
        <Input.TextArea autoFocus rows={3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
