/** Runs an action that answers with the updated worker file: shows success or the server's error. */
import { App } from 'antd';
import { useCallback } from 'react';
import { asApiError } from '../../../shared/problem';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../messages';
import type { WorkerDetail } from './types';

/** The problem's detail followed by its field messages (a 422 names what is wrong there). */
export function problemText(caught: unknown): string {
  const error = asApiError(caught);
  const fields = error.fieldErrors.map((f) => f.message);
  return [error.message, ...fields].join('：');
}

export function useWorkerAction(onChange: (worker: WorkerDetail) => void) {
  const { t } = useI18n();
  const { message } = App.useApp();
  return useCallback(
    async (action: () => Promise<WorkerDetail>, done: MessageKey = 'worker.done'): Promise<boolean> => {
      try {
        onChange(await action());
        message.success(t(done));
        return true;
      } catch (caught) {
        message.error(problemText(caught));
        return false;
      }
    },
    [onChange, message, t],
  );
}
