/** Runs an action answering with the updated customer file; errors become a message (the page says 已保存). */
import { App } from 'antd';
import { useCallback } from 'react';
import { problemText } from '../workers/useWorkerAction';
import type { Customer } from './types';

export function useCustomerAction(onChange: (customer: Customer) => void) {
  const { message } = App.useApp();
  return useCallback(
    async (action: () => Promise<Customer>): Promise<boolean> => {
      try {
        onChange(await action());
        return true;
      } catch (caught) {
        message.error(problemText(caught));
        return false;
      }
    },
    [onChange, message],
  );
}
