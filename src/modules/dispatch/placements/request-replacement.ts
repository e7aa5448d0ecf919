import { auditMeta, writeAudit } from '../../../platform/audit.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { authorize, inScope } from '../../../platform/permissions.ts';
import { applyTransition, invalidState, loadOrderFor } from '../../orders/index.ts';
import { setWorkerDispatchStatus } from '../../workers/index.ts';
import { liveAssignmentOf } from '../assignment.repository.ts';
import { loadDispatchSettings } from '../company-settings.ts';
import { endAssignment } from '../end-assignment.ts';
import { cancelOpenFollowUps, insertReplacement, workerBrief, workerNames } from './placement.repository.ts';
import { limitReached, lockOrder, quotaOf, requirePlacement } from './placement-helpers.ts';
import { REPLACEMENT_KIND_LABELS, toReplacementView } from './views.ts';
import './audit-events.ts';

export type ReplacementInput = {
  kind: 'customer_request' | 'failed_trial';
  reason: string;
  override?: { reason: string } | null;
};

/**
 * POST /orders/:id/replacements — 换人 (R11): the customer asks for another worker, or the trial
 * failed. Each counts against the contract's quota (3 unless the signed contract says otherwise);
 * past it only a store manager's override with a reason goes through (422 without one, 403 when
 * the actor may not override). The worker's assignment ends as replaced, her calendar is freed,
 * and the order goes back to dispatch for new interviews; the next chosen worker is written on
 * this replacement.
 */
export async function requestReplacement(ctx: Ctx, orderId: string, input: ReplacementInput) {
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadOrderFor(ctx, 'dispatch.write', orderId, tx);
    requirePlacement(loaded);
    if (loaded.status !== 'trial' && loaded.status !== 'in_service') {
      throw invalidState(
        '试用或服务中的上户订单才能换人',
        'Only a placement in trial or in service can be replaced',
      );
    }
    const order = await lockOrder(tx, ctx, loaded);
    const a = await liveAssignmentOf(tx, order.companyId, order.id);
    if (a?.state !== 'active') throw invalidState('订单没有在岗的家政员', 'The order has no active worker');
    const settings = await loadDispatchSettings(tx, order.companyId);
    const q = await quotaOf(tx, order, settings);
    let override: { by: string; reason: string } | null = null;
    if (q.used >= q.quota) {
      if (!input.override) {
        throw limitReached(
          `已达合同约定的换人次数 ${q.quota} 次，需店长审批`,
          `The contract's ${q.quota} replacements are used up; a store manager must approve`,
        );
      }
      const scope = authorize(ctx.actor, 'dispatch.override');
      if (!inScope(scope, order.storeId)) throw new AppError('FORBIDDEN');
      override = { by: ctx.actor.userId, reason: input.override.reason };
    }
    const reason = `${REPLACEMENT_KIND_LABELS[input.kind]}：${input.reason}`;
    const ended = await endAssignment(tx, ctx, a, 'replaced', reason, ['active']);
    if (!ended)
      throw invalidState('订单的派单已被他人修改，请刷新后重试', 'The assignment was changed meanwhile');
    const worker = (await workerBrief(tx, order.companyId, a.workerId))!;
    await setWorkerDispatchStatus(tx, ctx, worker, 'available', `换人：订单 ${order.id}`);
    await cancelOpenFollowUps(tx, order.companyId, order.id, worker.id);
    const r = await insertReplacement(tx, {
      companyId: order.companyId,
      id: newId('rpl'),
      orderId: order.id,
      contractId: q.contractId,
      fromWorkerId: a.workerId,
      kind: input.kind,
      reason: input.reason,
      counted: true,
      overrideBy: override?.by ?? null,
      overrideReason: override?.reason ?? null,
      createdBy: ctx.actor.userId,
      createdAt: ctx.clock.now(),
    });
    const after = await applyTransition(tx, ctx, order, 'replace', {
      replacementId: r.id,
      fromWorkerId: a.workerId,
      fromWorkerName: worker.name,
      kind: input.kind,
      reason: input.reason,
      counted: true,
      ...(override ? { override: override.reason } : {}),
    });
    await writeAudit(tx, auditMeta(ctx), {
      action: 'placement.replace',
      entityType: 'order',
      entityId: order.id,
      payload: {
        replacementId: r.id,
        assignmentId: a.id,
        fromWorkerId: a.workerId,
        kind: input.kind,
        reason: input.reason,
        counted: true,
        quota: q.quota,
        used: q.used + 1,
        overrideReason: override?.reason ?? null,
        incidentId: null,
      },
    });
    const names = await workerNames(tx, order.companyId, [a.workerId]);
    return {
      orderId: after.id,
      status: after.status,
      replacement: toReplacementView(r, names),
      quota: q.quota,
      used: q.used + 1,
      left: Math.max(0, q.quota - q.used - 1),
    };
  });
}
