import { and, eq, inArray } from 'drizzle-orm';
import { workers } from '../../db/schema/workers.ts';
import type { Ctx } from '../../platform/context.ts';
import { loadOrderFor } from '../orders/index.ts';
import { assignmentsOfOrder } from './assignment.repository.ts';
import { toAssignmentView } from './assignment.views.ts';

/** GET /orders/:id/assignments — who was given the order, in order, with every state change. */
export async function listOrderAssignments(ctx: Ctx, orderId: string) {
  const order = await loadOrderFor(ctx, 'order.read', orderId);
  const rows = await assignmentsOfOrder(ctx.db, order.companyId, order.id);
  const ids = [...new Set(rows.map((r) => r.workerId))];
  const names = ids.length
    ? await ctx.db
        .select({ id: workers.id, name: workers.name })
        .from(workers)
        .where(and(eq(workers.companyId, order.companyId), inArray(workers.id, ids)))
    : [];
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return { items: rows.map((r) => toAssignmentView(r, nameOf.get(r.workerId) ?? '')) };
}
