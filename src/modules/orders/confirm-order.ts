import type { Ctx } from '../../platform/context.ts';
import { applyTransition, loadOrderFor, orderDetailOf } from './order-helpers.ts';

/** The need is confirmed with the customer: inquiry → confirmed (SPEC §3). */
export async function confirmOrder(ctx: Ctx, id: string) {
  return ctx.db.transaction(async (tx) => {
    const o = await loadOrderFor(ctx, 'order.write', id, tx);
    await applyTransition(tx, ctx, o, 'confirm');
    return orderDetailOf(tx, ctx, o.id);
  });
}
