import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { findOrder, invalidState } from '../orders/index.ts';
import { findAssignment, updateAssignmentIf } from './assignment.repository.ts';
import { endAssignment } from './end-assignment.ts';
import { toWorkerJob } from './my-job.views.ts';
import { jobNotFound, my } from './my-job-helpers.ts';
import { jobOfWorker } from './my-jobs.repository.ts';
import { offerNext } from './offer-next.ts';

/**
 * POST /my/jobs/:id/accept | decline — the worker answers an offered job. Accepting after the
 * time limit answers 409 (the job has gone to the next candidate or will); declining needs a
 * reason and passes the job on at once.
 */
export async function answerOffer(ctx: Ctx, id: string, answer: 'accept' | 'decline', reason: string | null) {
  return ctx.db.transaction(async (tx) => {
    const w = await my(ctx, tx);
    const a = await findAssignment(tx, ctx.actor.companyId, id);
    if (!a || a.workerId !== w.id) throw jobNotFound();
    const now = ctx.clock.now();
    if (a.state !== 'offered')
      throw invalidState('该工作不在待接单状态', 'The job is not waiting for an answer');
    if (a.offerExpiresAt && a.offerExpiresAt <= now) {
      throw invalidState('接单已超时，工作已转给其他家政员', 'The offer has timed out');
    }
    if (answer === 'accept') {
      const ok = await updateAssignmentIf(tx, a.companyId, a.id, ['offered'], {
        state: 'active',
        respondedAt: now,
      });
      if (!ok) throw invalidState('该工作不在待接单状态', 'The job is not waiting for an answer');
      await writeAudit(tx, auditMeta(ctx), {
        action: 'dispatch.offer_answer',
        entityType: 'order',
        entityId: a.orderId,
        payload: { assignmentId: a.id, workerId: w.id, answer, reason: null },
      });
    } else {
      const ended = await endAssignment(tx, ctx, a, 'declined', reason, ['offered']);
      if (!ended) throw invalidState('该工作不在待接单状态', 'The job is not waiting for an answer');
      await writeAudit(tx, auditMeta(ctx), {
        action: 'dispatch.offer_answer',
        entityType: 'order',
        entityId: a.orderId,
        payload: { assignmentId: a.id, workerId: w.id, answer, reason },
      });
      const order = await findOrder(tx, a.companyId, a.orderId);
      if (order) await offerNext(tx, ctx, order);
    }
    const row = await jobOfWorker(tx, ctx.actor.companyId, w.id, a.id);
    return toWorkerJob(row!, now);
  });
}
