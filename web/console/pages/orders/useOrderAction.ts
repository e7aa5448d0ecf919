/** Runs an order action that answers with the order: shows success or the server's error. */
import { App } from 'antd';
import { useCallback } from 'react';
import { useI18n } from '../../i18n';
import { problemText } from '../workers/useWorkerAction';
import type { OrderDetail } from './types';

export function useOrderAction(onChange: (order: OrderDetail) => void) {
  const { t } = useI18n();
  const { message } = App.useApp();
  return useCallback(
    async (action: () => Promise<OrderDetail>): Promise<boolean> => {
      try {
        onChange(await action());
        message.success(t('order.done'));
        return true;
      } catch (caught) {
        message.error(problemText(caught));
        return false;
      }
    },
    [onChange, message, t],
  );
}
