/** 取消派单: asks for the reason, then POST /assignments/:id/cancel. Render only while open. */
import { Form, Input } from 'antd';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { dispatchApi } from './api';
import type { Assignment } from './types';

export function CancelAssignmentModal(props: {
  assignment: Assignment;
  onDone: (a: Assignment) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal<{ reason: string }>
      title={t('dispatch.cancelFor', { name: props.assignment.workerName })}
      form={form}
      okText={t('dispatch.cancel')}
      onClose={props.onClose}
      onSubmit={async (v) => props.onDone(await dispatchApi.cancel(props.assignment.id, v.reason.trim()))}
    >
      <Form.Item
        name="reason"
        label={t('dispatch.cancelReason')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('dispatch.cancelReason') }),
          },
        ]}
      >
        <Input.TextArea autoFocus rows={3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
