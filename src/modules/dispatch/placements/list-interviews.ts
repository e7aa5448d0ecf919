import type { Ctx } from '../../../platform/context.ts';
import { loadOrderFor } from '../../orders/index.ts';
import { interviewListOf } from './placement.repository.ts';
import { requirePlacement } from './placement-helpers.ts';
import { MAX_LIVE_INTERVIEWS, toInterviewView } from './views.ts';

/**
 * GET /orders/:id/interviews — the placement's candidates and their interviews, in time order:
 * name, tier and score parts (R18: never the worker's phone).
 */
export async function listInterviews(ctx: Ctx, orderId: string) {
  return ctx.db.transaction(async (tx) => {
    const order = await loadOrderFor(ctx, 'order.read', orderId, tx);
    requirePlacement(order);
    const rows = await interviewListOf(tx, order.companyId, order.id);
    return {
      items: rows.map((r) => toInterviewView(r.interview, r)),
      live: rows.filter((r) => r.interview.state === 'scheduled').length,
      max: MAX_LIVE_INTERVIEWS,
    };
  });
}
