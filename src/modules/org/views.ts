import { ROLES } from '../../platform/permissions.ts';
import { maskPhone } from '../../platform/privacy.ts';
import type { TStore, TTeam, TUser } from './schemas.ts';
import type { StoreRow } from './store.repository.ts';
import type { TeamRow } from './team.repository.ts';
import type { UserRow } from './user.repository.ts';

/** Response shapes of the org module; staff see phones masked (R16). */
export const toStoreView = (s: StoreRow): TStore => ({
  id: s.id,
  name: s.name,
  kind: s.kind,
  phone: s.phone,
  address: s.address,
  status: s.status,
  createdAt: s.createdAt.toISOString(),
  updatedAt: s.updatedAt.toISOString(),
});

export const toTeamView = (t: TeamRow, storeName: string | null, supervisorName: string | null): TTeam => ({
  id: t.id,
  storeId: t.storeId,
  storeName,
  name: t.name,
  supervisorUserId: t.supervisorUserId,
  supervisorName,
  status: t.status,
  createdAt: t.createdAt.toISOString(),
  updatedAt: t.updatedAt.toISOString(),
});

export const toUserView = (
  u: UserRow,
  roles: { role: TUser['roles'][number]['role']; storeId: string | null }[],
  storeNames: Map<string, string>,
): TUser => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  phone: maskPhone(u.phone),
  status: u.status,
  roles: roles
    .map((r) => ({
      role: r.role,
      storeId: r.storeId,
      storeName: r.storeId ? (storeNames.get(r.storeId) ?? null) : null,
    }))
    .sort((a, b) => Object.keys(ROLES).indexOf(a.role) - Object.keys(ROLES).indexOf(b.role)),
  lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  createdAt: u.createdAt.toISOString(),
  updatedAt: u.updatedAt.toISOString(),
});

/** The fields of a store that its audit rows record. */
export const storeAuditFields = (s: StoreRow) => ({
  name: s.name,
  kind: s.kind,
  phone: s.phone,
  address: s.address,
  status: s.status,
});
