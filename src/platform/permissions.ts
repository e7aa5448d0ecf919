import { ROLE_NAMES } from '../db/schema/org.ts';
import { AppError } from './errors.ts';

export type Role = (typeof ROLE_NAMES)[number];
export { ROLE_NAMES };

/** Every permission a use case can ask for. */
export const PERMISSIONS = [
  'store.read',
  'store.write',
  'team.read',
  'team.write',
  'user.read',
  'user.write',
  'audit.read',
  'company.write',
  'worker.read',
  'worker.write',
  'worker.verify',
  'worker.reveal',
  'worker.blacklist',
  'skill.write',
  'customer.read',
  'customer.write',
  'customer.reveal',
  'customer.merge',
  'board.read',
  'catalog.read',
  'catalog.write',
  'order.read',
  'order.write',
  'order.route',
  'order.accept',
  'callback.write',
  'quote.write',
  'contract.sign',
  'dispatch.write',
  'dispatch.override',
  'followup.write',
  'job.self',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * A role is company-wide or store-scoped. A store-scoped role is always granted for one store and
 * its holder sees and changes only that store's rows.
 */
export const ROLES: Record<Role, { label: string; labelEn: string; scope: 'company' | 'store' }> = {
  admin: { label: '管理员', labelEn: 'Administrator', scope: 'company' },
  agent: { label: '客服', labelEn: 'Call-center agent', scope: 'company' },
  store_manager: { label: '门店店长', labelEn: 'Store manager', scope: 'store' },
  dispatcher: { label: '调度', labelEn: 'Dispatcher', scope: 'store' },
  supervisor: { label: '督导', labelEn: 'Supervisor', scope: 'store' },
  finance: { label: '财务', labelEn: 'Finance', scope: 'company' },
  aftersales: { label: '售后专员', labelEn: 'After-sales', scope: 'company' },
  worker: { label: '家政员', labelEn: 'Worker', scope: 'store' },
  customer: { label: '客户', labelEn: 'Customer', scope: 'company' },
};

/** The one table from role to permissions. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  agent: [
    'store.read',
    'team.read',
    'worker.read',
    'customer.read',
    'customer.write',
    'customer.reveal',
    'board.read',
    'catalog.read',
    'order.read',
    'order.write',
    'order.route',
    'callback.write',
    'quote.write',
  ],
  store_manager: [
    'store.read',
    'team.read',
    'team.write',
    'user.read',
    'worker.read',
    'worker.write',
    'worker.verify',
    'worker.reveal',
    'worker.blacklist',
    'customer.read',
    'customer.write',
    'board.read',
    'catalog.read',
    'order.read',
    'order.write',
    'order.accept',
    'callback.write',
    'quote.write',
    'contract.sign',
    'dispatch.write',
    'dispatch.override',
    'followup.write',
  ],
  dispatcher: [
    'store.read',
    'team.read',
    'user.read',
    'worker.read',
    'customer.read',
    'board.read',
    'catalog.read',
    'order.read',
    'dispatch.write',
  ],
  supervisor: [
    'store.read',
    'team.read',
    'worker.read',
    'worker.write',
    'customer.read',
    'board.read',
    'catalog.read',
    'order.read',
    'followup.write',
  ],
  finance: ['store.read', 'worker.read', 'customer.read', 'catalog.read', 'order.read'],
  aftersales: [
    'store.read',
    'team.read',
    'worker.read',
    'customer.read',
    'customer.write',
    'customer.reveal',
    'catalog.read',
    'order.read',
    'order.write',
    'callback.write',
  ],
  worker: ['job.self'],
  customer: ['board.read', 'catalog.read'],
};

export type RoleGrant = { role: Role; storeId: string | null };

export type Actor = {
  userId: string;
  companyId: string;
  username: string;
  displayName: string;
  roles: RoleGrant[];
};

/** Where a permission holds: the whole company, or only some stores. */
export type Scope = { kind: 'company' } | { kind: 'stores'; storeIds: string[] };

export function permissionsOf(roles: readonly RoleGrant[]): Permission[] {
  const set = new Set<Permission>();
  for (const r of roles) for (const p of ROLE_PERMISSIONS[r.role]) set.add(p);
  return PERMISSIONS.filter((p) => set.has(p));
}

/** The scope in which `roles` grant `permission`, or null when they do not grant it at all. */
export function scopeOf(roles: readonly RoleGrant[], permission: Permission): Scope | null {
  const storeIds = new Set<string>();
  let granted = false;
  for (const r of roles) {
    if (!ROLE_PERMISSIONS[r.role].includes(permission)) continue;
    granted = true;
    if (ROLES[r.role].scope === 'company') return { kind: 'company' };
    if (r.storeId) storeIds.add(r.storeId);
  }
  return granted ? { kind: 'stores', storeIds: [...storeIds] } : null;
}

/**
 * The helper every use case calls first. Throws FORBIDDEN when no role of the actor grants the
 * permission; otherwise returns the scope the use case must filter by.
 */
export function authorize(actor: Actor, permission: Permission): Scope {
  const scope = scopeOf(actor.roles, permission);
  if (!scope) throw new AppError('FORBIDDEN');
  return scope;
}

/** For writes that only a company-wide role may make (creating a store, say). */
export function authorizeCompanyWide(actor: Actor, permission: Permission): void {
  if (authorize(actor, permission).kind !== 'company') throw new AppError('FORBIDDEN');
}

/** Whether a row of `storeId` is inside the scope; outside it the row answers 404, never 403. */
export function inScope(scope: Scope, storeId: string | null | undefined): boolean {
  if (scope.kind === 'company') return true;
  return storeId != null && scope.storeIds.includes(storeId);
}
