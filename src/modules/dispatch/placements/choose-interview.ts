import { auditMeta, writeAudit } from '../../../platform/audit.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError, invalidField, notFound } from '../../../platform/errors.ts';
import { addTimelineEvent, invalidState, loadOrderFor, updateOrderFields } from '../../orders/index.ts';
import { shanghaiDate } from '../../workers/index.ts';
import { ruleBroken } from '../assign-worker.ts';
import { liveAssignmentOf } from '../assignment.repository.ts';
import { toAssignmentView } from '../assignment.views.ts';
import { cancelBooking } from '../booking.repository.ts';
import { loadDispatchSettings } from '../company-settings.ts';
import { placeAssignment } from '../place-assignment.ts';
import { buildShortlist } from '../shortlist.ts';
import {
  decideInterview,
  findInterview,
  interviewsOfOrder,
  openReplacementOf,
  setReplacementTo,
  workerBrief,
} from './placement.repository.ts';
import { lockOrder, requirePlacement } from './placement-helpers.ts';
import { toInterviewView } from './views.ts';
import './audit-events.ts';

export type ChooseInput = { startDate?: string | null; note?: string | null };

/**
 * POST /interviews/:id/choose — staff record the customer's choice after the interviews: this one
 * is chosen, the other waiting candidates are declined and their hours freed; the chosen worker's
 * calendar is held for the whole placement (409 when she is taken meanwhile) and the assignment is
 * active at once, the address released to her from now until the end (R16). A `startDate` moves
 * the placement's start. After a replacement 换人, the new worker is written on the open
 * replacement.
 */
export async function chooseInterview(ctx: Ctx, interviewId: string, input: ChooseInput) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const found = await findInterview(tx, ctx.actor.companyId, interviewId);
    if (!found) throw notFound('interview');
    const loaded = await loadOrderFor(ctx, 'dispatch.write', found.orderId, tx);
    if (input.startDate && input.startDate < shanghaiDate(now)) {
      throw invalidField('startDate', '上户日期不能早于今天', 'The start date is in the past');
    }
    requirePlacement(loaded);
    if (loaded.status !== 'interview') {
      throw invalidState('订单不在面试阶段，不能选定家政员', 'The order is not at the interview stage');
    }
    let order = await lockOrder(tx, ctx, loaded);
    const interview = (await findInterview(tx, order.companyId, interviewId))!;
    if (interview.state !== 'scheduled') {
      throw invalidState('该面试已有结果，不能再选定', 'This interview has already been decided');
    }
    if (await liveAssignmentOf(tx, order.companyId, order.id)) {
      throw new AppError('CONFLICT', {
        reason: {
          zh: '此单已选定家政员，请刷新后查看',
          en: 'A worker has already been chosen for this order',
        },
      });
    }
    if (input.startDate && input.startDate !== order.startDate) {
      order = (await updateOrderFields(tx, ctx, order, { startDate: input.startDate }))!;
    }
    const worker = (await workerBrief(tx, order.companyId, interview.workerId))!;
    const settings = await loadDispatchSettings(tx, order.companyId);
    const sl = await buildShortlist(tx, order, settings, now, { workerId: worker.id });
    const c = sl.candidates[0];
    if (!c) throw ruleBroken(worker.name, [{ rule: 'status', reason: '已离职' }]);
    const broken = c.violations.filter((v) => v.rule !== 'overlap');
    if (broken.length) throw ruleBroken(worker.name, broken);

    const chosen = (await decideInterview(tx, order.companyId, interview.id, {
      state: 'chosen',
      decidedAt: now,
      decidedBy: ctx.actor.userId,
      note: input.note ?? interview.note,
    }))!;
    // Her own interview hour must not stand in the way of the placement it led to.
    if (interview.bookingId && interview.scheduledAt.getTime() + 3_600_000 > sl.job.startsAt.getTime()) {
      await cancelBooking(tx, order.companyId, interview.bookingId);
    }
    const declined: string[] = [];
    for (const other of await interviewsOfOrder(tx, order.companyId, order.id, ['scheduled'])) {
      const d = await decideInterview(tx, order.companyId, other.id, {
        state: 'declined',
        decidedAt: now,
        decidedBy: ctx.actor.userId,
        note: '客户已选定其他家政员',
      });
      if (!d) continue;
      if (d.bookingId) await cancelBooking(tx, order.companyId, d.bookingId);
      declined.push(d.id);
    }
    const a = await placeAssignment(tx, ctx, order, {
      workerId: worker.id,
      workerName: worker.name,
      startsAt: sl.job.startsAt,
      endsAt: sl.job.endsAt,
      state: 'active',
      score: c.score,
      parts: c.parts,
      releaseFrom: now, // R16: the address is hers from the customer's acceptance
      releaseUntil: sl.job.endsAt,
      offerExpiresAt: null,
      via: 'interview',
    });
    const open = await openReplacementOf(tx, order.companyId, order.id);
    if (open) await setReplacementTo(tx, order.companyId, open.id, worker.id);
    await addTimelineEvent(tx, ctx, order.id, 'interview_chosen', {
      data: { interviewId: chosen.id, workerId: worker.id, workerName: worker.name, declined },
    });
    await writeAudit(tx, auditMeta(ctx), {
      action: 'placement.interview_decide',
      entityType: 'order',
      entityId: order.id,
      payload: {
        interviewId: chosen.id,
        workerId: worker.id,
        decision: 'chosen',
        reason: input.note ?? null,
        declined,
        assignmentId: a.id,
        replacementId: open?.id ?? null,
      },
    });
    return {
      interview: toInterviewView(chosen, {
        workerName: worker.name,
        tier: worker.tier,
        photoUrl: worker.photoUrl,
      }),
      assignment: toAssignmentView(a, worker.name),
      declined,
    };
  });
}
