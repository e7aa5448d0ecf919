/**
 * User id → display name for owners and timeline actors. The user list needs `user.read`; without
 * it only the signed-in user is named (the orders API returns ids only).
 */
import { useEffect, useState } from 'react';
import { api } from '../../api';
import { useAuth, useMe } from '../../auth';
import { useI18n } from '../../i18n';

let cache: Promise<Map<string, string>> | null = null;

function loadNames(): Promise<Map<string, string>> {
  cache ??= api.users
    .list({ limit: 100 })
    .then((page) => new Map(page.items.map((u) => [u.id, u.displayName])))
    .catch((error: unknown) => {
      cache = null;
      throw error;
    });
  return cache;
}

export function useUserNames(): (userId: string | null | undefined) => string {
  const { can } = useAuth();
  const me = useMe();
  const { t } = useI18n();
  const allowed = can('user.read');
  const [names, setNames] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    if (!allowed) return;
    let alive = true;
    loadNames()
      .then((map) => {
        if (alive) setNames(map);
      })
      .catch(() => {
        // ids stay unnamed
      });
    return () => {
      alive = false;
    };
  }, [allowed]);
  return (userId) => {
    if (!userId) return '—';
    if (userId === me.user.id) return `${me.user.displayName}（${t('orders.me')}）`;
    return names.get(userId) ?? '—';
  };
}
