import type { Ctx } from '../../platform/context.ts';
import { routingIn, updateOrderIf } from './order.repository.ts';
import { invalidState, loadOrderFor, orderDetailOf, recordRouting } from './order-helpers.ts';
import { FINAL_STATES } from './orders.rules.ts';

/**
 * Cross-store help (R4): an urgent order whose store has no suitable worker is offered to every
 * store; its store is cleared and the first store to claim it wins.
 */
export async function offerUrgentOrder(ctx: Ctx, id: string) {
  return ctx.db.transaction(async (tx) => {
    const o = await loadOrderFor(ctx, 'order.route', id, tx);
    if (!o.urgent)
      throw invalidState('只有加急订单可以跨店求助', 'Only urgent orders can be offered to all stores');
    if (FINAL_STATES.includes(o.status)) throw invalidState('订单已结束，不能求助', 'The order is closed');
    const after = await updateOrderIf(
      tx,
      o.companyId,
      o.id,
      [routingIn(['unrouted', 'pending', 'clarifying', 'accepted'])],
      { routing: 'offered', storeId: null, updatedAt: ctx.clock.now() },
    );
    if (!after) throw invalidState('该订单已在跨店求助中', 'The order is already offered');
    await recordRouting(tx, ctx, o, after, 'offer');
    return orderDetailOf(tx, ctx, o.id);
  });
}
