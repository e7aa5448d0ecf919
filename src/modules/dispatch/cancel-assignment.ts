import { and, eq } from 'drizzle-orm';
import { workers } from '../../db/schema/workers.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { invalidState, loadOrderFor } from '../orders/index.ts';
import { findAssignment } from './assignment.repository.ts';
import { toAssignmentView } from './assignment.views.ts';
import { endAssignment } from './end-assignment.ts';

/** POST /assignments/:id/cancel — the dispatcher takes the job back (her time is freed). */
export async function cancelAssignment(ctx: Ctx, id: string, input: { reason: string }) {
  return ctx.db.transaction(async (tx) => {
    const a = await findAssignment(tx, ctx.actor.companyId, id);
    if (!a) throw notFound('assignment');
    await loadOrderFor(ctx, 'dispatch.write', a.orderId, tx);
    const ended = await endAssignment(tx, ctx, a, 'cancelled', input.reason);
    if (!ended) throw invalidState('该派单已结束', 'The assignment has already ended');
    const [w] = await tx
      .select({ name: workers.name })
      .from(workers)
      .where(and(eq(workers.companyId, a.companyId), eq(workers.id, a.workerId)));
    return toAssignmentView(ended, w?.name ?? '');
  });
}
