/** The 添加 modal of a record kind: its fields, the values turned into the API's body. */
import { App, Form } from 'antd';
import type { ReactNode } from 'react';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { type RecordKind, workersApi } from './api';
import { RECORD_FORMS } from './record-forms';
import type { WorkerDetail } from './types';

interface Props {
  worker: WorkerDetail;
  kind: RecordKind;
  title: ReactNode;
  onClose: () => void;
  onSaved: (worker: WorkerDetail) => void;
}

export function AddRecordModal({ worker, kind, title, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, unknown>>();
  const spec = RECORD_FORMS[kind];
  const Fields = spec.Fields;

  const onSubmit = async (values: Record<string, unknown>) => {
    const saved = await workersApi.addRecord(worker.id, kind, spec.toBody(values));
    message.success(t('common.created'));
    onSaved(saved);
  };

  return (
    <FormModal<Record<string, unknown>>
      title={title}
      form={form}
      initialValues={spec.initial?.()}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Fields />
    </FormModal>
  );
}
