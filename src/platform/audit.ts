import type { Db } from '../db/client.ts';
import { auditLog } from '../db/schema/platform.ts';
import type { Ctx } from './context.ts';
import { ID_PREFIX, newId } from './ids.ts';

export type Changes<T> = { before: Partial<T>; after: Partial<T> };
type StoreFields = {
  name: string;
  kind: string;
  phone: string | null;
  address: string | null;
  status: string;
};
type TeamFields = { name: string; storeId: string; supervisorUserId: string | null; status: string };
type RoleList = { role: string; storeId: string | null }[];
type UserFields = {
  username: string;
  displayName: string;
  phone: string | null;
  status: string;
  roles: RoleList;
};

/**
 * Every audit event type with its typed payload, keyed by action. Modules add their own events
 * by augmenting this interface (`declare module '…/platform/audit.ts' { interface AuditEvents … }`).
 */
export interface AuditEvents {
  'company.create': { entityType: 'company'; payload: { name: string } };
  'company.update': {
    entityType: 'company';
    payload: Changes<{ name: string; hotline: string | null; publicBoard: boolean }>;
  };
  'store.create': { entityType: 'store'; payload: { after: StoreFields } };
  'store.update': { entityType: 'store'; payload: Changes<StoreFields> };
  'store.disable': { entityType: 'store'; payload: Changes<StoreFields> };
  'store.enable': { entityType: 'store'; payload: Changes<StoreFields> };
  'team.create': { entityType: 'team'; payload: { after: TeamFields } };
  'team.update': { entityType: 'team'; payload: Changes<TeamFields> };
  'team.disable': { entityType: 'team'; payload: Changes<TeamFields> };
  'team.enable': { entityType: 'team'; payload: Changes<TeamFields> };
  'user.create': { entityType: 'user'; payload: { after: UserFields } };
  'user.update': { entityType: 'user'; payload: Changes<UserFields> };
  'user.disable': { entityType: 'user'; payload: Changes<UserFields> };
  'user.enable': { entityType: 'user'; payload: Changes<UserFields> };
  'user.password_reset': { entityType: 'user'; payload: { sessionsRevoked: number } };
  'user.password_change': { entityType: 'user'; payload: { sessionsRevoked: number } };
  'session.login': { entityType: 'session'; payload: { userId: string; userAgent: string | null } };
  'session.login_failed': {
    entityType: 'user';
    payload: { reason: 'password' | 'disabled' | 'locked'; failures: number };
  };
  'session.logout': { entityType: 'session'; payload: { userId: string } };
}

export type AuditEvent = {
  [A in keyof AuditEvents]: {
    action: A;
    entityType: AuditEvents[A]['entityType'];
    entityId: string;
    payload: AuditEvents[A]['payload'];
  };
}[keyof AuditEvents];

export type AuditMeta = {
  companyId: string;
  actorUserId: string | null;
  requestId: string | null;
  ip: string | null;
  at?: Date;
};

/** Writes one audit row; call it with the transaction that makes the change. */
export async function writeAudit(tx: Db, meta: AuditMeta, event: AuditEvent): Promise<void> {
  await tx.insert(auditLog).values({
    companyId: meta.companyId,
    id: newId(ID_PREFIX.audit),
    at: meta.at ?? new Date(),
    actorUserId: meta.actorUserId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    payload: event.payload,
    requestId: meta.requestId,
    ip: meta.ip,
  });
}

/** The audit meta of a logged-in request. */
export const auditMeta = (ctx: Ctx): AuditMeta => ({
  companyId: ctx.actor.companyId,
  actorUserId: ctx.actor.userId,
  requestId: ctx.requestId,
  ip: ctx.ip,
  at: ctx.clock.now(),
});

/** Only the fields whose values differ, as before/after. */
export function diff<T extends Record<string, unknown>>(before: T, after: T): Changes<T> {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const k of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) {
      b[k] = before[k];
      a[k] = after[k];
    }
  }
  return { before: b, after: a };
}
