import type { Ctx } from '../../platform/context.ts';
import { invalidField } from '../../platform/errors.ts';
import { findStore } from '../org/index.ts';
import { routingIn, updateOrderIf } from './order.repository.ts';
import { invalidState, loadOrderFor, orderDetailOf, recordRouting } from './order-helpers.ts';
import { FINAL_STATES } from './orders.rules.ts';

/**
 * The call center routes an order to a store (R3): only an unrouted order, or one the store asked
 * to clarify, goes (back) to a store, which then must accept it.
 */
export async function routeOrder(ctx: Ctx, id: string, storeId: string) {
  return ctx.db.transaction(async (tx) => {
    const o = await loadOrderFor(ctx, 'order.route', id, tx);
    const store = await findStore(tx, ctx.actor.companyId, storeId);
    if (store?.status !== 'active')
      throw invalidField('storeId', '门店不存在或已停用', 'No such active store');
    if (FINAL_STATES.includes(o.status)) throw invalidState('订单已结束，不能分派', 'The order is closed');
    const after = await updateOrderIf(tx, o.companyId, o.id, [routingIn(['unrouted', 'clarifying'])], {
      routing: 'pending',
      storeId,
      updatedAt: ctx.clock.now(),
    });
    if (!after)
      throw invalidState(
        '只有未分派或待澄清的订单可以分派给门店',
        'Only an unrouted order or one being clarified can be routed',
      );
    await recordRouting(tx, ctx, o, after, 'route');
    return orderDetailOf(tx, ctx, o.id);
  });
}
