import { useCallback } from 'react';
import { api } from '../api';
import { type Option, RemoteSelect, type RemoteSelectProps } from './RemoteSelect';

type Props = Omit<RemoteSelectProps, 'fetchOptions'> & { storeId?: string | null };

/** The active teams of one store (none until a store is chosen). */
export function TeamSelect({ storeId, ...rest }: Props) {
  const fetchOptions = useCallback(
    async (q: string): Promise<Option[]> => {
      if (!storeId) return [];
      const page = await api.teams.list({ storeId, limit: 100 });
      const needle = q.trim();
      return page.items
        .filter((team) => team.status === 'active' && (!needle || team.name.includes(needle)))
        .map((team) => ({ value: team.id, label: team.name }));
    },
    [storeId],
  );
  return <RemoteSelect {...rest} disabled={rest.disabled || !storeId} fetchOptions={fetchOptions} />;
}
