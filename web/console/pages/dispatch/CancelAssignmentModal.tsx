/** 取消派单: asks for the reason, then POST /assignments/:id/cancel. Render only while open. */
import { TextModal } from '../../components/TextModal';
import { useI18n } from '../../i18n';
import { dispatchApi } from './api';
import type { Assignment } from './types';

export function CancelAssignmentModal(props: {
  assignment: Assignment;
  onDone: (a: Assignment) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <TextModal
      title={t('dispatch.cancelFor', { name: props.assignment.workerName })}
      name="reason"
      label={t('dispatch.cancelReason')}
      okText={t('dispatch.cancel')}
      onClose={props.onClose}
      onSubmit={async (reason) => props.onDone(await dispatchApi.cancel(props.assignment.id, reason))}
    />
  );
}
