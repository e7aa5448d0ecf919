import { auditMeta, writeAudit } from '../../../platform/audit.ts';
import type { Ctx } from '../../../platform/context.ts';
import { notFound } from '../../../platform/errors.ts';
import { authorize, inScope } from '../../../platform/permissions.ts';
import { addTimelineEvent, invalidState } from '../../orders/index.ts';
import { shanghaiDate } from '../../workers/index.ts';
import { completeFollowUpIf, findFollowUp, workerBrief } from './placement.repository.ts';
import { toFollowUpView } from './views.ts';
import './audit-events.ts';

/** POST /follow-ups/:id/complete — the supervisor records how the placement is going (R26). */
export async function completeFollowUp(ctx: Ctx, id: string, input: { outcome: string }) {
  const scope = authorize(ctx.actor, 'followup.write');
  return ctx.db.transaction(async (tx) => {
    const task = await findFollowUp(tx, ctx.actor.companyId, id);
    if (!task || !inScope(scope, task.storeId)) throw notFound('follow_up');
    const now = ctx.clock.now();
    const done = await completeFollowUpIf(tx, task.companyId, task.id, {
      outcome: input.outcome,
      doneAt: now,
      doneBy: ctx.actor.userId,
    });
    if (!done) throw invalidState('该回访已完成或已取消', 'This follow-up is already closed');
    const today = shanghaiDate(now);
    await addTimelineEvent(tx, ctx, task.orderId, 'follow_up_done', {
      data: { followUpId: task.id, workerId: task.workerId, outcome: input.outcome },
    });
    await writeAudit(tx, auditMeta(ctx), {
      action: 'followup.complete',
      entityType: 'follow_up',
      entityId: task.id,
      payload: {
        orderId: task.orderId,
        workerId: task.workerId,
        dueOn: task.dueOn,
        outcome: input.outcome,
        late: task.dueOn < today,
      },
    });
    const worker = await workerBrief(tx, task.companyId, task.workerId);
    return toFollowUpView(done, worker?.name ?? '', today);
  });
}
