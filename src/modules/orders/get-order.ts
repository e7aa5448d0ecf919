import type { Ctx } from '../../platform/context.ts';
import { loadOrderFor, orderDetailOf } from './order-helpers.ts';

/** One order with names, the actions open to it, its timeline (oldest first) and open callbacks. */
export async function getOrder(ctx: Ctx, id: string) {
  const o = await loadOrderFor(ctx, 'order.read', id);
  return orderDetailOf(ctx.db, ctx, o.id);
}
