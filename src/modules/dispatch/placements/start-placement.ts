import { auditMeta, writeAudit } from '../../../platform/audit.ts';
import type { Ctx } from '../../../platform/context.ts';
import { invalidField } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { applyTransition, invalidState, loadOrderFor } from '../../orders/index.ts';
import { addDays, setWorkerDispatchStatus, shanghaiDate } from '../../workers/index.ts';
import { liveAssignmentOf, updateAssignmentIf } from '../assignment.repository.ts';
import { cancelBooking, insertBooking } from '../booking.repository.ts';
import { loadDispatchSettings } from '../company-settings.ts';
import { insertFollowUp, workerBrief } from './placement.repository.ts';
import { lockOrder, requirePlacement } from './placement-helpers.ts';
import { toFollowUpView } from './views.ts';
import './audit-events.ts';

/**
 * POST /orders/:id/start — the trial is passed and the placement starts 上户 (trial → in_service).
 * A `startDate` different from the planned one moves her calendar hold (409 when that time is
 * taken). The worker's status becomes on placement (R14), and a supervisor follow-up 督导回访 is due
 * within the company's follow-up days of the start (R26), assigned to the supervisor of her team
 * (else open to the order's store).
 */
export async function startPlacement(ctx: Ctx, orderId: string, input: { startDate?: string | null }) {
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadOrderFor(ctx, 'dispatch.write', orderId, tx);
    requirePlacement(loaded);
    if (loaded.status !== 'trial') {
      throw invalidState('试用期内的订单才能确认上户', 'Only an order in trial can start service');
    }
    const order = await lockOrder(tx, ctx, loaded);
    let a = await liveAssignmentOf(tx, order.companyId, order.id);
    if (a?.state !== 'active') throw invalidState('订单没有在岗的家政员', 'The order has no active worker');
    const now = ctx.clock.now();
    const planned = order.startDate ?? shanghaiDate(a.startsAt);
    const startDate = input.startDate ?? planned;
    if (startDate !== planned) {
      const lastAllowed = addDays(shanghaiDate(now), 30);
      if (startDate > lastAllowed) {
        throw invalidField('startDate', '实际上户日期不能晚于 30 天之后', 'The start date is too far ahead');
      }
      // Move the hold: free the old time first, then take the new (409 when it is taken).
      const startsAt = new Date(`${startDate}T00:00:00+08:00`);
      const endsAt = new Date(startsAt.getTime() + (a.endsAt.getTime() - a.startsAt.getTime()));
      if (a.bookingId) await cancelBooking(tx, order.companyId, a.bookingId);
      const booking = await insertBooking(tx, {
        companyId: order.companyId,
        id: newId('bk'),
        workerId: a.workerId,
        orderId: order.id,
        kind: 'placement',
        startsAt,
        endsAt,
        createdBy: ctx.actor.userId,
      });
      a = (await updateAssignmentIf(tx, order.companyId, a.id, ['active'], {
        bookingId: booking.id,
        startsAt,
        endsAt,
        releaseUntil: endsAt,
      }))!;
    }
    const settings = await loadDispatchSettings(tx, order.companyId);
    const worker = (await workerBrief(tx, order.companyId, a.workerId))!;
    const dueOn = addDays(startDate, settings.followUpDays);
    const task = await insertFollowUp(tx, {
      companyId: order.companyId,
      id: newId('fu'),
      orderId: order.id,
      workerId: worker.id,
      storeId: order.storeId ?? worker.storeId,
      assigneeUserId: worker.supervisorUserId ?? null,
      dueOn,
      createdAt: now,
    });
    const after = await applyTransition(
      tx,
      ctx,
      order,
      'start_service',
      { assignmentId: a.id, workerId: worker.id, startDate, followUpId: task.id, followUpDueOn: dueOn },
      startDate !== order.startDate ? { startDate } : {},
    );
    await setWorkerDispatchStatus(tx, ctx, worker, 'on_placement', `上户：订单 ${order.id}`);
    await writeAudit(tx, auditMeta(ctx), {
      action: 'placement.start',
      entityType: 'order',
      entityId: order.id,
      payload: { assignmentId: a.id, workerId: worker.id, startDate, followUpId: task.id, dueOn },
    });
    return {
      orderId: after.id,
      status: after.status,
      startDate,
      followUp: toFollowUpView(task, worker.name, shanghaiDate(now)),
    };
  });
}
