import type { Ctx } from '../../platform/context.ts';
import { routingIn, updateOrderIf } from './order.repository.ts';
import { invalidState, loadOrderFor, orderDetailOf, recordRouting } from './order-helpers.ts';

/**
 * The store accepts an order the call center routed to it (R3, 强行接单): pending → accepted. The
 * conditional UPDATE makes a second accept (or a concurrent one) a 409.
 */
export async function acceptRoutedOrder(ctx: Ctx, id: string) {
  return ctx.db.transaction(async (tx) => {
    const o = await loadOrderFor(ctx, 'order.accept', id, tx);
    if (o.routing === 'offered')
      throw invalidState('加急求助订单请使用「抢单」接单', 'Claim an offered order instead');
    const after = await updateOrderIf(tx, o.companyId, o.id, [routingIn(['pending'])], {
      routing: 'accepted',
      updatedAt: ctx.clock.now(),
    });
    if (!after)
      throw invalidState(
        o.routing === 'accepted' ? '该订单已接单' : '该订单不在待接单状态',
        o.routing === 'accepted' ? 'The order is already accepted' : 'The order is not awaiting acceptance',
      );
    await recordRouting(tx, ctx, o, after, 'accept');
    return orderDetailOf(tx, ctx, o.id);
  });
}
