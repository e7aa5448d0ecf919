import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import { auditLog } from '../../db/schema/platform.ts';
import type { Ctx } from '../../platform/context.ts';
import { pageOf } from '../../platform/pagination.ts';
import { authorize } from '../../platform/permissions.ts';
import { displayNames } from '../org/index.ts';

export type AuditQuery = {
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
};

/** The company's audit log, newest first, filtered by entity, actor, action and time. */
export async function listAudit(ctx: Ctx, q: AuditQuery) {
  authorize(ctx.actor, 'audit.read');
  const companyId = ctx.actor.companyId;
  const w: SQL[] = [eq(auditLog.companyId, companyId)];
  if (q.entityType) w.push(eq(auditLog.entityType, q.entityType));
  if (q.entityId) w.push(eq(auditLog.entityId, q.entityId));
  if (q.actorUserId) w.push(eq(auditLog.actorUserId, q.actorUserId));
  if (q.action) w.push(eq(auditLog.action, q.action));
  if (q.from) w.push(gte(auditLog.at, q.from));
  if (q.to) w.push(lte(auditLog.at, q.to));
  if (q.cursor) w.push(lt(auditLog.id, q.cursor));
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(and(...w))
    .orderBy(desc(auditLog.id))
    .limit(q.limit + 1);
  const page = pageOf(rows, q.limit);
  const names = await displayNames(
    ctx.db,
    companyId,
    page.items.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])),
  );
  return {
    items: page.items.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorUserId: r.actorUserId,
      actorName: r.actorUserId ? (names.get(r.actorUserId) ?? null) : null,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      payload: r.payload as Record<string, unknown>,
      requestId: r.requestId,
    })),
    nextCursor: page.nextCursor,
  };
}
