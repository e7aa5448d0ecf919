import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { authorize } from '../../platform/permissions.ts';
import { completeCallbackRow, findCallback } from './order.repository.ts';
import { toCallback } from './order.views.ts';
import { addTimelineEvent, invalidState, loadOrderFor } from './order-helpers.ts';

/** Records a callback's outcome (R5, R7): by its owner, or a store manager or administrator. */
export async function completeCallback(ctx: Ctx, id: string, outcome: string) {
  authorize(ctx.actor, 'callback.write');
  return ctx.db.transaction(async (tx) => {
    const cb = await findCallback(tx, ctx.actor.companyId, id);
    if (!cb) throw notFound('callback');
    await loadOrderFor(ctx, 'callback.write', cb.orderId, tx).catch(() => {
      throw notFound('callback');
    });
    const overrides = ctx.actor.roles.some((r) => r.role === 'admin' || r.role === 'store_manager');
    if (cb.ownerUserId !== ctx.actor.userId && !overrides) throw new AppError('FORBIDDEN');
    const now = ctx.clock.now();
    const done = await completeCallbackRow(tx, cb.companyId, cb.id, {
      outcome,
      doneAt: now,
      doneBy: ctx.actor.userId,
    });
    if (!done) throw invalidState('该回访已完成或已取消', 'The callback is no longer open');
    await addTimelineEvent(tx, ctx, cb.orderId, 'callback_complete', {
      data: { callbackId: cb.id, outcome },
    });
    await writeAudit(tx, auditMeta(ctx), {
      action: 'callback.complete',
      entityType: 'callback',
      entityId: cb.id,
      payload: { orderId: cb.orderId, outcome },
    });
    return toCallback(done);
  });
}
