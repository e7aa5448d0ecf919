/** The two callback forms: 安排回访 (date + reason) and 完成回访 (outcome). Render only while open. */
import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { ordersApi } from './api';
import type { Callback } from './types';

export function AddCallbackModal(props: {
  orderId: string;
  onDone: (cb: Callback) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ dueOn: Dayjs; reason: string }>();
  return (
    <FormModal<{ dueOn: Dayjs; reason: string }>
      title={t('callbacks.add')}
      form={form}
      onClose={props.onClose}
      onSubmit={async (v) =>
        props.onDone(
          await ordersApi.addCallback(props.orderId, {
            dueOn: v.dueOn.format('YYYY-MM-DD'),
            reason: v.reason.trim(),
          }),
        )
      }
    >
      <Form.Item
        name="dueOn"
        label={t('callbacks.dueOn')}
        rules={[{ required: true, message: t('common.selectRequired', { field: t('callbacks.dueOn') }) }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('callbacks.reason')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('callbacks.reason') }),
          },
        ]}
      >
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

export function CompleteCallbackModal(props: {
  callbackId: string;
  onDone: (cb: Callback) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ outcome: string }>();
  return (
    <FormModal<{ outcome: string }>
      title={t('callbacks.complete')}
      form={form}
      okText={t('callbacks.complete')}
      onClose={props.onClose}
      onSubmit={async (v) =>
        props.onDone(await ordersApi.completeCallback(props.callbackId, v.outcome.trim()))
      }
    >
      <Form.Item
        name="outcome"
        label={t('callbacks.outcome')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('callbacks.outcome') }),
          },
        ]}
      >
        <Input.TextArea autoFocus rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
