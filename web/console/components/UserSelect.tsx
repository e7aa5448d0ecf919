import { useCallback } from 'react';
import { api } from '../api';
import type { RoleCode } from '../types';
import { type Option, RemoteSelect, type RemoteSelectProps } from './RemoteSelect';

type Props = Omit<RemoteSelectProps, 'fetchOptions'> & { withRole?: RoleCode; activeOnly?: boolean };

export function UserSelect({ withRole, activeOnly = false, ...rest }: Props) {
  const fetchOptions = useCallback(
    async (q: string): Promise<Option[]> => {
      const page = await api.users.list({
        q,
        role: withRole,
        limit: 100,
        status: activeOnly ? 'active' : undefined,
      });
      return page.items.map((user) => ({ value: user.id, label: `${user.displayName}（${user.username}）` }));
    },
    [withRole, activeOnly],
  );
  return <RemoteSelect {...rest} fetchOptions={fetchOptions} />;
}
