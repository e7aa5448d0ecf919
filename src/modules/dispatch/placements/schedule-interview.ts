import { auditMeta, writeAudit } from '../../../platform/audit.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError, invalidField, notFound } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { addTimelineEvent, applyTransition, invalidState, loadOrderFor } from '../../orders/index.ts';
import { ruleBroken } from '../assign-worker.ts';
import { liveAssignmentOf } from '../assignment.repository.ts';
import { insertBooking } from '../booking.repository.ts';
import { loadDispatchSettings } from '../company-settings.ts';
import { buildShortlist } from '../shortlist.ts';
import { insertInterview, interviewsOfOrder, workerBrief } from './placement.repository.ts';
import { limitReached, lockOrder, requirePlacement } from './placement-helpers.ts';
import { MAX_LIVE_INTERVIEWS, toInterviewView } from './views.ts';
import './audit-events.ts';

export type ScheduleInterviewInput = {
  workerId: string;
  scheduledAt: string;
  mode: 'store' | 'video';
  note?: string | null;
};

const INTERVIEW_MINUTES = 60;

/**
 * POST /orders/:id/interviews — a dispatcher proposes a candidate for a placement and books her
 * interview 面试 (at the store or by video). She must pass every hard rule for the placement (R13,
 * R17; 422 naming what she breaks); the hour is held in her calendar (409 when she is busy then);
 * at most 3 candidates wait for an interview at once. The first interview moves a contracted order
 * through dispatched to interview.
 */
export async function scheduleInterview(ctx: Ctx, orderId: string, input: ScheduleInterviewInput) {
  const at = new Date(input.scheduledAt);
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadOrderFor(ctx, 'dispatch.write', orderId, tx);
    if (at.getTime() < ctx.clock.now().getTime()) {
      throw invalidField('scheduledAt', '面试时间不能早于现在', 'The interview time is in the past');
    }
    requirePlacement(loaded);
    if (!['contracted', 'dispatched', 'interview'].includes(loaded.status)) {
      throw invalidState(
        '订单签约后、选定家政员之前才能安排面试',
        'Interviews are scheduled after signing and before a choice',
      );
    }
    const order = await lockOrder(tx, ctx, loaded);
    const existing = await interviewsOfOrder(tx, order.companyId, order.id, [
      'scheduled',
      'chosen',
      'declined',
    ]);
    if (await liveAssignmentOf(tx, order.companyId, order.id)) {
      throw invalidState('客户已选定家政员，不能再安排面试', 'The customer has already chosen a worker');
    }
    if (existing.filter((i) => i.state === 'scheduled').length >= MAX_LIVE_INTERVIEWS) {
      throw limitReached(
        `每单最多安排 ${MAX_LIVE_INTERVIEWS} 位候选人面试，请先记录已面试候选人的结果`,
        `At most ${MAX_LIVE_INTERVIEWS} candidates may wait for an interview per order`,
      );
    }
    if (existing.some((i) => i.workerId === input.workerId)) {
      throw new AppError('CONFLICT', {
        reason: { zh: '该家政员已面试过此单', en: 'This worker has already been interviewed for this order' },
      });
    }
    const worker = await workerBrief(tx, order.companyId, input.workerId);
    if (!worker) throw notFound('worker');
    const settings = await loadDispatchSettings(tx, order.companyId);
    const sl = await buildShortlist(tx, order, settings, ctx.clock.now(), { workerId: worker.id });
    const c = sl.candidates[0];
    if (!c) throw ruleBroken(worker.name, [{ rule: 'status', reason: '已离职' }]);
    // Her calendar during the placement itself is decided by the database when she is chosen.
    const broken = c.violations.filter((v) => v.rule !== 'overlap');
    if (broken.length) throw ruleBroken(worker.name, broken);

    const booking = await insertBooking(tx, {
      companyId: order.companyId,
      id: newId('bk'),
      workerId: worker.id,
      orderId: order.id,
      kind: 'interview',
      startsAt: at,
      endsAt: new Date(at.getTime() + INTERVIEW_MINUTES * 60_000),
      createdBy: ctx.actor.userId,
    });
    const interview = await insertInterview(tx, {
      companyId: order.companyId,
      id: newId('itv'),
      orderId: order.id,
      workerId: worker.id,
      bookingId: booking.id,
      mode: input.mode,
      scheduledAt: at,
      score: c.score,
      scoreParts: c.parts,
      note: input.note ?? null,
      createdBy: ctx.actor.userId,
      createdAt: ctx.clock.now(),
    });
    const data = {
      interviewId: interview.id,
      workerId: worker.id,
      workerName: worker.name,
      mode: input.mode,
    };
    let current = order;
    if (current.status === 'contracted') current = await applyTransition(tx, ctx, current, 'dispatch', data);
    if (current.status === 'dispatched') await applyTransition(tx, ctx, current, 'schedule_interview', data);
    else await addTimelineEvent(tx, ctx, order.id, 'interview_schedule', { data });
    await writeAudit(tx, auditMeta(ctx), {
      action: 'placement.interview_schedule',
      entityType: 'order',
      entityId: order.id,
      payload: {
        interviewId: interview.id,
        workerId: worker.id,
        bookingId: booking.id,
        mode: input.mode,
        scheduledAt: at.toISOString(),
        score: c.score,
      },
    });
    return toInterviewView(interview, {
      workerName: worker.name,
      tier: worker.tier,
      photoUrl: worker.photoUrl,
    });
  });
}
