/** 变更状态: staff set 待聘 / 休息 / 离职; booked and on placement come from orders. */
import { Alert, Form, Input, Select } from 'antd';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { workersApi } from './api';
import { statusOptions } from './options';
import type { WorkerDetail } from './types';

type Manual = 'available' | 'resting' | 'left';
const MANUAL: Manual[] = ['available', 'resting', 'left'];

interface StatusForm {
  status: Manual;
  reason?: string;
}

interface Props {
  worker: WorkerDetail;
  onClose: () => void;
  onSaved: (worker: WorkerDetail) => void;
}

export function StatusModal({ worker, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<StatusForm>();
  const choices = MANUAL.filter((s) => s !== worker.status);
  return (
    <FormModal<StatusForm>
      title={t('worker.changeStatus')}
      form={form}
      initialValues={{ status: choices[0] }}
      onSubmit={async (v) => onSaved(await workersApi.setStatus(worker.id, v.status, v.reason?.trim()))}
      onClose={onClose}
    >
      <Alert type="info" showIcon title={t('worker.statusNote')} style={{ marginBottom: 16 }} />
      <Form.Item name="status" label={t('worker.newStatus')} rules={[{ required: true }]}>
        <Select options={statusOptions(t, choices)} />
      </Form.Item>
      <Form.Item name="reason" label={t('worker.statusReason')}>
        <Input.TextArea maxLength={200} autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
    </FormModal>
  );
}
