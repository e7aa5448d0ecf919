import { useCallback } from 'react';
import { api } from '../api';
import { type Option, RemoteSelect, type RemoteSelectProps } from './RemoteSelect';

type Props = Omit<RemoteSelectProps, 'fetchOptions'> & { activeOnly?: boolean };

export function StoreSelect({ activeOnly = false, ...rest }: Props) {
  const fetchOptions = useCallback(
    async (q: string): Promise<Option[]> => {
      const page = await api.stores.list({ q, limit: 100, status: activeOnly ? 'active' : undefined });
      return page.items.map((store) => ({ value: store.id, label: store.name }));
    },
    [activeOnly],
  );
  return <RemoteSelect {...rest} fetchOptions={fetchOptions} />;
}
