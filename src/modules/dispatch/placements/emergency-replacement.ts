import { auditMeta, writeAudit } from '../../../platform/audit.ts';
import type { Ctx } from '../../../platform/context.ts';
import { newId } from '../../../platform/ids.ts';
import { scopeOf } from '../../../platform/permissions.ts';
import {
  addTimelineEvent,
  applyTransition,
  invalidState,
  loadOrderFor,
  type OrderRow,
  updateOrderFields,
} from '../../orders/index.ts';
import { recordWorkerIncident, setWorkerDispatchStatus } from '../../workers/index.ts';
import { liveAssignmentOf } from '../assignment.repository.ts';
import { toCandidateView } from '../candidate.views.ts';
import { loadDispatchSettings } from '../company-settings.ts';
import { endAssignment } from '../end-assignment.ts';
import { rankCandidates } from '../scoring.rules.ts';
import { buildShortlist } from '../shortlist.ts';
import {
  cancelOpenFollowUps,
  insertReplacement,
  signedContractOf,
  workerBrief,
  workerNames,
} from './placement.repository.ts';
import { lockOrder } from './placement-helpers.ts';
import { REPLACEMENT_KIND_LABELS, toReplacementView } from './views.ts';
import './audit-events.ts';

export type EmergencyInput = { kind: 'no_show' | 'accident'; note: string };

const NEXT_CANDIDATES = 5;

/**
 * POST /orders/:id/emergency — the hotline's immediate replacement (R32): the worker did not come
 * (no_show) or had an accident. The incident goes on her file (trust refreshed), her assignment
 * ends as replaced and her time is freed, the order becomes urgent so every store's workers are
 * candidates (R4), and a replacement is recorded that does not count against the customer's quota
 * (the failure is the company's). A placement goes back to dispatch for new interviews; a visit
 * stays dispatched without a worker, to be assigned again. Answers the 5 best candidates now.
 */
export async function emergencyReplacement(ctx: Ctx, orderId: string, input: EmergencyInput) {
  // After-sales and the hotline hold order.write; dispatchers dispatch.write. Either may act.
  const permission = scopeOf(ctx.actor.roles, 'dispatch.write') ? 'dispatch.write' : 'order.write';
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadOrderFor(ctx, permission, orderId, tx);
    const ok =
      loaded.mode === 'visit'
        ? loaded.status === 'dispatched'
        : ['trial', 'in_service'].includes(loaded.status);
    if (!ok) {
      throw invalidState(
        loaded.mode === 'visit'
          ? '已派单、尚未开工的上门订单才能紧急换人'
          : '试用或服务中的上户订单才能紧急换人',
        'No worker on this order can be replaced now',
      );
    }
    let order: OrderRow = await lockOrder(tx, ctx, loaded);
    const a = await liveAssignmentOf(tx, order.companyId, order.id);
    if (!a) throw invalidState('订单当前没有派单的家政员', 'The order has no assigned worker');
    const now = ctx.clock.now();
    const label = REPLACEMENT_KIND_LABELS[input.kind];
    const worker = (await workerBrief(tx, order.companyId, a.workerId))!;
    const incidentId = await recordWorkerIncident(tx, ctx, worker.id, {
      kind: input.kind,
      blocking: false,
      description: `${input.kind === 'no_show' ? '爽约未到' : '意外'}（订单 ${order.id}）：${input.note}`,
      occurredAt: now,
    });
    const ended = await endAssignment(tx, ctx, a, 'replaced', `${label}：${input.note}`);
    if (!ended)
      throw invalidState('订单的派单已被他人修改，请刷新后重试', 'The assignment was changed meanwhile');
    await setWorkerDispatchStatus(tx, ctx, worker, 'available', `紧急换人：订单 ${order.id}`);
    await cancelOpenFollowUps(tx, order.companyId, order.id, worker.id);
    const contract =
      order.mode === 'placement' ? await signedContractOf(tx, order.companyId, order.id) : undefined;
    const r = await insertReplacement(tx, {
      companyId: order.companyId,
      id: newId('rpl'),
      orderId: order.id,
      contractId: contract?.id ?? null,
      fromWorkerId: worker.id,
      kind: input.kind,
      reason: input.note,
      counted: false,
      createdBy: ctx.actor.userId,
      createdAt: now,
    });
    const data = {
      label: '紧急换人',
      replacementId: r.id,
      kind: input.kind,
      fromWorkerId: worker.id,
      fromWorkerName: worker.name,
      note: input.note,
      incidentId,
    };
    if (order.mode === 'placement') {
      order = await applyTransition(tx, ctx, order, 'replace', data, { urgent: true });
    } else {
      order = (await updateOrderFields(tx, ctx, order, { urgent: true }))!;
    }
    await addTimelineEvent(tx, ctx, order.id, 'emergency_replace', { data });
    await writeAudit(tx, auditMeta(ctx), {
      action: 'placement.replace',
      entityType: 'order',
      entityId: order.id,
      payload: {
        replacementId: r.id,
        assignmentId: a.id,
        fromWorkerId: worker.id,
        kind: input.kind,
        reason: input.note,
        counted: false,
        quota: null,
        used: null,
        overrideReason: null,
        incidentId,
      },
    });
    // Re-dispatch first: the best workers of every store for the same job, without her.
    const settings = await loadDispatchSettings(tx, order.companyId);
    const sl = await buildShortlist(tx, order, settings, now, { eligibleOnly: true });
    const ranked = rankCandidates(
      sl.candidates.filter((c) => c.worker.id !== worker.id).map((c) => ({ ...c, id: c.worker.id })),
    );
    const names = await workerNames(tx, order.companyId, [worker.id]);
    return {
      orderId: order.id,
      urgent: true as const,
      status: order.status,
      replacement: toReplacementView(r, names),
      incidentId,
      next: ranked.slice(0, NEXT_CANDIDATES).map(toCandidateView),
    };
  });
}
