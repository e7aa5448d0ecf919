import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { invalidField } from '../../platform/errors.ts';
import { insertCallback } from './order.repository.ts';
import { toCallback } from './order.views.ts';
import { addTimelineEvent, CALLBACK_ID_PREFIX, loadOrderFor, nextOrderId, todayOf } from './order-helpers.ts';

/**
 * Schedules a callback (R5). Its owner is always the order's owning agent (R7): another agent who
 * reaches the customer hands the follow-up back to the owner rather than taking it.
 */
export async function scheduleCallback(ctx: Ctx, orderId: string, input: { dueOn: string; reason: string }) {
  if (input.dueOn < todayOf(ctx))
    throw invalidField('dueOn', '回访日期不能早于今天', 'The date cannot be in the past');
  return ctx.db.transaction(async (tx) => {
    const o = await loadOrderFor(ctx, 'callback.write', orderId, tx);
    const now = ctx.clock.now();
    const cb = await insertCallback(tx, {
      companyId: o.companyId,
      id: nextOrderId(CALLBACK_ID_PREFIX),
      orderId: o.id,
      ownerUserId: o.ownerAgentId,
      dueOn: input.dueOn,
      reason: input.reason,
      createdAt: now,
    });
    await addTimelineEvent(tx, ctx, o.id, 'callback_schedule', {
      data: { callbackId: cb.id, dueOn: cb.dueOn, ownerUserId: cb.ownerUserId },
    });
    await writeAudit(tx, auditMeta(ctx), {
      action: 'callback.schedule',
      entityType: 'callback',
      entityId: cb.id,
      payload: { orderId: o.id, ownerUserId: cb.ownerUserId, dueOn: cb.dueOn, reason: cb.reason },
    });
    return toCallback(cb);
  });
}
