/** 拒单: the reason is required (the dispatcher reads it); the dialog stays open until it is given. */
import { Dialog, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { useI18n } from './i18n';

export function DeclineDialog({
  visible,
  onClose,
  onSubmit,
}: {
  visible: boolean;
  onClose: () => void;
  /** Rejects with a message to show (the server's), or resolves when the job was declined. */
  onSubmit: (reason: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };
  const submit = async () => {
    const text = reason.trim();
    if (!text) {
      setError(t('job.declineRequired'));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(text);
      setReason('');
      setError(null);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      visible={visible}
      title={t('job.declineTitle')}
      content={
        <div data-testid="decline-dialog">
          <TextArea
            placeholder={t('job.declineHint')}
            value={reason}
            onChange={(v) => {
              setReason(v);
              if (v.trim()) setError(null);
            }}
            rows={3}
            maxLength={500}
            showCount
            autoFocus
          />
          {error && (
            <div className="h5-error-inline" role="alert">
              {error}
            </div>
          )}
        </div>
      }
      actions={[
        [
          { key: 'cancel', text: t('common.cancel'), disabled: busy },
          { key: 'decline', text: t('job.declineSubmit'), bold: true, danger: true, disabled: busy },
        ],
      ]}
      onAction={(action) => {
        if (action.key === 'decline') void submit();
        else close();
      }}
      onClose={close}
    />
  );
}
