import type { Db } from '../../db/client.ts';
import type { Ctx } from '../../platform/context.ts';
import { type OrderRow, statusIs, updateOrderIf } from './order.repository.ts';

/** Updates columns of an order that is still in the status the caller read (undefined otherwise). */
export function updateOrderFields(
  tx: Db,
  ctx: Ctx,
  order: OrderRow,
  set: Partial<Pick<OrderRow, 'startDate' | 'urgent'>>,
): Promise<OrderRow | undefined> {
  return updateOrderIf(tx, order.companyId, order.id, [statusIs(order.status)], {
    ...set,
    updatedAt: ctx.clock.now(),
  });
}
