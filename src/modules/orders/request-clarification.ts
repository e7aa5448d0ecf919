import type { Ctx } from '../../platform/context.ts';
import { routingIn, updateOrderIf } from './order.repository.ts';
import { invalidState, loadOrderFor, orderDetailOf, recordRouting } from './order-helpers.ts';

/**
 * The store asks the call center to clarify the customer's information: pending → clarifying; the
 * call center answers by routing the order again. R3: the store must accept a routed order — it may
 * ask for clarification but may not refuse, so there is deliberately no reject endpoint.
 */
export async function requestClarification(ctx: Ctx, id: string, question: string) {
  return ctx.db.transaction(async (tx) => {
    const o = await loadOrderFor(ctx, 'order.accept', id, tx);
    const after = await updateOrderIf(tx, o.companyId, o.id, [routingIn(['pending'])], {
      routing: 'clarifying',
      updatedAt: ctx.clock.now(),
    });
    if (!after)
      throw invalidState('只有待接单的订单可以要求澄清', 'Only an order awaiting acceptance can be queried');
    await recordRouting(tx, ctx, o, after, 'clarify', question);
    return orderDetailOf(tx, ctx, o.id);
  });
}
