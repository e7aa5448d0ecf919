/** The role catalogue (GET /roles), fetched once per page load and shared by every component. */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { roleLabel } from '../format';
import { useI18n } from '../i18n';
import type { RoleDef, RoleScope } from '../types';

let cache: Promise<RoleDef[]> | null = null;

function loadRoles(): Promise<RoleDef[]> {
  cache ??= api
    .roles()
    .then((body) => body.items)
    .catch((error: unknown) => {
      cache = null;
      throw error;
    });
  return cache;
}

export interface Roles {
  defs: RoleDef[];
  label: (role: string) => string;
  scopeOf: (role: string) => RoleScope | undefined;
}

export function useRoles(): Roles {
  const { lang, tOr } = useI18n();
  const [defs, setDefs] = useState<RoleDef[]>([]);

  useEffect(() => {
    let alive = true;
    loadRoles()
      .then((items) => {
        if (alive) setDefs(items);
      })
      .catch(() => {
        // labels fall back to the built-in dictionary; the role select stays empty
      });
    return () => {
      alive = false;
    };
  }, []);

  const label = useCallback(
    (role: string) => roleLabel(role, defs, lang, (r) => tOr(`role.${r}`, r)),
    [defs, lang, tOr],
  );
  const scopeOf = useCallback((role: string) => defs.find((d) => d.role === role)?.scope, [defs]);
  return { defs, label, scopeOf };
}
