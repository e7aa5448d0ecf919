import type { Ctx } from '../../platform/context.ts';
import { AppError, invalidField, notFound } from '../../platform/errors.ts';
import { authorize, inScope } from '../../platform/permissions.ts';
import { findOrder, routingIn, updateOrderIf } from './order.repository.ts';
import { orderDetailOf, recordRouting } from './order-helpers.ts';

const taken = () =>
  new AppError('CONFLICT', {
    reason: { zh: '该订单已被其他门店接单', en: 'Another store has already taken this order' },
  });

/**
 * A store takes an urgent order offered to all stores (R4). Exactly one claimer wins: a single
 * conditional UPDATE … WHERE routing = 'offered' RETURNING — on PostgreSQL the loser waits on the
 * row lock, re-checks the condition and updates nothing; it gets 409.
 */
export async function claimOfferedOrder(ctx: Ctx, id: string, requestedStoreId?: string) {
  const scope = authorize(ctx.actor, 'order.accept');
  let storeId = requestedStoreId;
  if (scope.kind === 'stores') {
    storeId ??= scope.storeIds.length === 1 ? scope.storeIds[0] : undefined;
    if (!storeId || !scope.storeIds.includes(storeId))
      throw invalidField('storeId', '请选择您所在的门店', 'Choose one of your stores');
  }
  if (!storeId) throw invalidField('storeId', '请选择接单门店', 'Choose the store that takes the order');
  return ctx.db.transaction(async (tx) => {
    const o = await findOrder(tx, ctx.actor.companyId, id);
    if (!o) throw notFound('order');
    if (o.routing !== 'offered') {
      // An urgent order was offered to every store: tell a late claimer it is gone; others see 404.
      if (o.urgent || inScope(scope, o.storeId)) throw taken();
      throw notFound('order');
    }
    const after = await updateOrderIf(tx, o.companyId, o.id, [routingIn(['offered'])], {
      routing: 'accepted',
      storeId,
      updatedAt: ctx.clock.now(),
    });
    if (!after) throw taken();
    await recordRouting(tx, ctx, o, after, 'claim');
    return orderDetailOf(tx, ctx, o.id);
  });
}
