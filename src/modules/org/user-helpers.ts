import type { Db } from '../../db/client.ts';
import { AppError, type FieldError } from '../../platform/errors.ts';
import { ROLES, type Role, type RoleGrant } from '../../platform/permissions.ts';
import { storeNames } from './store.repository.ts';
import { rolesOf, type UserRow } from './user.repository.ts';
import { toUserView } from './views.ts';

/**
 * Checks role grants: a store-scoped role needs a store of this company; duplicates are dropped.
 * Throws 422 naming the offending entry.
 */
export async function checkRoleGrants(
  db: Db,
  companyId: string,
  grants: { role: Role; storeId?: string | null }[],
): Promise<RoleGrant[]> {
  const names = await storeNames(
    db,
    companyId,
    grants.flatMap((g) => (g.storeId ? [g.storeId] : [])),
  );
  const errors: FieldError[] = [];
  const out = new Map<string, RoleGrant>();
  grants.forEach((g, i) => {
    const storeId = g.storeId ?? null;
    if (ROLES[g.role].scope === 'store' && !storeId) {
      errors.push({
        field: `roles.${i}.storeId`,
        label: '门店',
        message: `角色「${ROLES[g.role].label}」必须指定门店`,
        messageEn: `Role ${g.role} needs a store`,
      });
    } else if (storeId && !names.has(storeId)) {
      errors.push({
        field: `roles.${i}.storeId`,
        label: '门店',
        message: '门店不存在',
        messageEn: 'No such store',
      });
    } else out.set(`${g.role}|${storeId ?? ''}`, { role: g.role, storeId });
  });
  if (errors.length) {
    throw new AppError('VALIDATION_FAILED', { fields: errors.map((e) => e.label).join('、') }, errors);
  }
  return [...out.values()];
}

export async function userViews(db: Db, companyId: string, rows: UserRow[]) {
  const roles = await rolesOf(
    db,
    companyId,
    rows.map((u) => u.id),
  );
  const names = await storeNames(
    db,
    companyId,
    [...roles.values()].flat().flatMap((r) => (r.storeId ? [r.storeId] : [])),
  );
  return rows.map((u) => toUserView(u, roles.get(u.id) ?? [], names));
}

/** The fields of a user that audit rows record (never the password hash). */
export const userAuditFields = (u: UserRow, roles: RoleGrant[]) => ({
  username: u.username,
  displayName: u.displayName,
  phone: u.phone,
  status: u.status,
  roles: [...roles].sort((a, b) => `${a.role}${a.storeId}`.localeCompare(`${b.role}${b.storeId}`)),
});
