import type { Ctx } from '../../../platform/context.ts';
import { applyTransition, invalidState, loadOrderFor } from '../../orders/index.ts';
import { liveAssignmentOf } from '../assignment.repository.ts';
import { requirePlacement } from './placement-helpers.ts';

/**
 * POST /orders/:id/trial — the chosen worker starts her trial period 试用 (R11): interview → trial.
 * Needs the customer's choice (an active placement assignment).
 */
export async function startTrial(ctx: Ctx, orderId: string) {
  return ctx.db.transaction(async (tx) => {
    const order = await loadOrderFor(ctx, 'dispatch.write', orderId, tx);
    requirePlacement(order);
    const a = await liveAssignmentOf(tx, order.companyId, order.id);
    if (a?.state !== 'active') {
      throw invalidState('客户尚未选定家政员，不能开始试用', 'The customer has not chosen a worker yet');
    }
    const after = await applyTransition(tx, ctx, order, 'start_trial', {
      assignmentId: a.id,
      workerId: a.workerId,
    });
    return { orderId: after.id, status: after.status };
  });
}
