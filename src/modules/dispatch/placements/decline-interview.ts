import { auditMeta, writeAudit } from '../../../platform/audit.ts';
import type { Ctx } from '../../../platform/context.ts';
import { notFound } from '../../../platform/errors.ts';
import { addTimelineEvent, invalidState, loadOrderFor } from '../../orders/index.ts';
import { cancelBooking } from '../booking.repository.ts';
import { decideInterview, findInterview, workerBrief } from './placement.repository.ts';
import { requirePlacement } from './placement-helpers.ts';
import { toInterviewView } from './views.ts';
import './audit-events.ts';

/**
 * POST /interviews/:id/decline — the customer (or the worker) says no to this candidate: the
 * interview is declined with the reason and her hour is freed. The order stays at the interview
 * stage so another candidate can be proposed.
 */
export async function declineInterview(ctx: Ctx, interviewId: string, input: { reason: string }) {
  return ctx.db.transaction(async (tx) => {
    const found = await findInterview(tx, ctx.actor.companyId, interviewId);
    if (!found) throw notFound('interview');
    const order = await loadOrderFor(ctx, 'dispatch.write', found.orderId, tx);
    requirePlacement(order);
    const now = ctx.clock.now();
    const d = await decideInterview(tx, order.companyId, found.id, {
      state: 'declined',
      decidedAt: now,
      decidedBy: ctx.actor.userId,
      note: input.reason,
    });
    if (!d) throw invalidState('该面试已有结果', 'This interview has already been decided');
    if (d.bookingId) await cancelBooking(tx, order.companyId, d.bookingId);
    const worker = (await workerBrief(tx, order.companyId, d.workerId))!;
    await addTimelineEvent(tx, ctx, order.id, 'interview_declined', {
      data: { interviewId: d.id, workerId: d.workerId, workerName: worker.name, reason: input.reason },
    });
    await writeAudit(tx, auditMeta(ctx), {
      action: 'placement.interview_decide',
      entityType: 'order',
      entityId: order.id,
      payload: {
        interviewId: d.id,
        workerId: d.workerId,
        decision: 'declined',
        reason: input.reason,
        declined: [],
        assignmentId: null,
        replacementId: null,
      },
    });
    return toInterviewView(d, { workerName: worker.name, tier: worker.tier, photoUrl: worker.photoUrl });
  });
}
