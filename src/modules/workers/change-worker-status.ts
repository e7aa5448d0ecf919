import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { insertRecord } from './records.repository.ts';
import { refreshTrustInputs, updateWorkerRow } from './worker.repository.ts';
import { workerDetail } from './worker-detail.ts';
import { loadWorkerFor, todayOf } from './worker-helpers.ts';
import { STATUS_TRANSITIONS } from './workers.rules.ts';

const STATUS_ZH: Record<string, string> = {
  available: '待聘',
  booked: '已预约',
  on_placement: '上户中',
  resting: '休息',
  left: '已离职',
  blacklisted: '黑名单',
};

function refuse(from: string, to: string): AppError {
  return new AppError('INVALID_STATE', {
    reason: {
      zh: `家政员状态不能从「${STATUS_ZH[from]}」改为「${STATUS_ZH[to]}」。`,
      en: `Cannot change status from ${from} to ${to}.`,
    },
  });
}

/** Manual status changes by staff (R14): available, resting, left. Booking states come from dispatch. */
export async function changeWorkerStatus(
  ctx: Ctx,
  workerId: string,
  status: 'available' | 'resting' | 'left',
  reason: string | null,
) {
  return ctx.db.transaction(async (tx) => {
    const w = await loadWorkerFor(ctx, 'worker.write', workerId, tx);
    if (w.status === status) return workerDetail(tx, w, todayOf(ctx));
    if (!STATUS_TRANSITIONS[w.status]?.includes(status)) throw refuse(w.status, status);
    const after = await updateWorkerRow(tx, w.companyId, w.id, {
      status,
      statusReason: reason,
      updatedAt: ctx.clock.now(),
    });
    await writeAudit(tx, auditMeta(ctx), {
      action: 'worker.status_change',
      entityType: 'worker',
      entityId: w.id,
      payload: { before: { status: w.status }, after: { status }, reason },
    });
    return workerDetail(tx, after, todayOf(ctx));
  });
}

/**
 * Blacklists a worker: a blocking incident with the reason is recorded and her status becomes
 * blacklisted for good. The file is kept, never deleted; dispatch will never offer her.
 */
export async function blacklistWorker(ctx: Ctx, workerId: string, reason: string) {
  return ctx.db.transaction(async (tx) => {
    const w = await loadWorkerFor(ctx, 'worker.blacklist', workerId, tx);
    if (w.status === 'blacklisted') throw refuse(w.status, 'blacklisted');
    const now = ctx.clock.now();
    const incidentId = newId('wrec');
    await insertRecord(tx, 'incident', {
      companyId: w.companyId,
      id: incidentId,
      workerId: w.id,
      kind: 'blacklist',
      blocking: true,
      description: reason,
      occurredAt: now,
      recordedBy: ctx.actor.userId,
      createdAt: now,
    });
    await updateWorkerRow(tx, w.companyId, w.id, {
      status: 'blacklisted',
      statusReason: reason,
      updatedAt: now,
    });
    const after = await refreshTrustInputs(tx, w.companyId, w.id);
    await writeAudit(tx, auditMeta(ctx), {
      action: 'worker.blacklist',
      entityType: 'worker',
      entityId: w.id,
      payload: { before: { status: w.status }, reason, incidentId },
    });
    return workerDetail(tx, after, todayOf(ctx));
  });
}
