import { and, eq } from 'drizzle-orm';
import { customers } from '../../db/schema/customers.ts';
import { customerBlockedWorkers } from '../../db/schema/dispatch.ts';
import { workers } from '../../db/schema/workers.ts';
import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { authorize } from '../../platform/permissions.ts';
import './audit-events.ts';

/**
 * POST /customers/:id/blocked-workers — the customer does not want this worker again (a hard rule
 * of dispatch from then on). Recording it twice keeps the first reason.
 */
export async function blockWorkerForCustomer(
  ctx: Ctx,
  customerId: string,
  input: { workerId: string; reason: string },
) {
  authorize(ctx.actor, 'customer.write');
  const companyId = ctx.actor.companyId;
  return ctx.db.transaction(async (tx) => {
    const [c] = await tx
      .select({ id: customers.id })
      .from(customers)
      .where(and(eq(customers.companyId, companyId), eq(customers.id, customerId)));
    if (!c) throw notFound('customer');
    const [w] = await tx
      .select({ id: workers.id, name: workers.name })
      .from(workers)
      .where(and(eq(workers.companyId, companyId), eq(workers.id, input.workerId)));
    if (!w) throw notFound('worker');
    const inserted = await tx
      .insert(customerBlockedWorkers)
      .values({ companyId, customerId, workerId: w.id, reason: input.reason, createdBy: ctx.actor.userId })
      .onConflictDoNothing()
      .returning();
    if (inserted.length) {
      await writeAudit(tx, auditMeta(ctx), {
        action: 'dispatch.block_worker',
        entityType: 'customer',
        entityId: customerId,
        payload: { workerId: w.id, reason: input.reason },
      });
    }
    return listBlockedIn(tx, companyId, customerId);
  });
}

async function listBlockedIn(db: Ctx['db'], companyId: string, customerId: string) {
  const rows = await db
    .select({
      workerId: customerBlockedWorkers.workerId,
      name: workers.name,
      reason: customerBlockedWorkers.reason,
      createdAt: customerBlockedWorkers.createdAt,
    })
    .from(customerBlockedWorkers)
    .innerJoin(
      workers,
      and(
        eq(workers.companyId, customerBlockedWorkers.companyId),
        eq(workers.id, customerBlockedWorkers.workerId),
      ),
    )
    .where(
      and(eq(customerBlockedWorkers.companyId, companyId), eq(customerBlockedWorkers.customerId, customerId)),
    );
  return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) };
}

/** GET /customers/:id/blocked-workers */
export async function listBlockedWorkers(ctx: Ctx, customerId: string) {
  authorize(ctx.actor, 'customer.read');
  return listBlockedIn(ctx.db, ctx.actor.companyId, customerId);
}
