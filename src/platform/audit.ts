import type { Db } from '../db/client.ts';
import { auditLog } from '../db/schema/platform.ts';
import type { Ctx } from './context.ts';
import { ID_PREFIX, newId } from './ids.ts';

type Changes<T> = { before: Partial<T>; after: Partial<T> };
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

/** Every audit event type with its typed payload. Add new events here. */
export type AuditEvent =
  | { action: 'company.create'; entityType: 'company'; entityId: string; payload: { name: string } }
  | { action: 'store.create'; entityType: 'store'; entityId: string; payload: { after: StoreFields } }
  | {
      action: 'store.update' | 'store.disable' | 'store.enable';
      entityType: 'store';
      entityId: string;
      payload: Changes<StoreFields>;
    }
  | { action: 'team.create'; entityType: 'team'; entityId: string; payload: { after: TeamFields } }
  | {
      action: 'team.update' | 'team.disable' | 'team.enable';
      entityType: 'team';
      entityId: string;
      payload: Changes<TeamFields>;
    }
  | { action: 'user.create'; entityType: 'user'; entityId: string; payload: { after: UserFields } }
  | {
      action: 'user.update' | 'user.disable' | 'user.enable';
      entityType: 'user';
      entityId: string;
      payload: Changes<UserFields>;
    }
  | {
      action: 'user.password_reset' | 'user.password_change';
      entityType: 'user';
      entityId: string;
      payload: { sessionsRevoked: number };
    }
  | {
      action: 'session.login';
      entityType: 'session';
      entityId: string;
      payload: { userId: string; userAgent: string | null };
    }
  | {
      action: 'session.login_failed';
      entityType: 'user';
      entityId: string;
      payload: { reason: 'password' | 'disabled' | 'locked'; failures: number };
    }
  | { action: 'session.logout'; entityType: 'session'; entityId: string; payload: { userId: string } };

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
