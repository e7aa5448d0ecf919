import type { Db } from '../../db/client.ts';
import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { insertRecord } from './records.repository.ts';
import { refreshTrustInputs, updateWorkerRow } from './worker.repository.ts';
import './audit-events.ts';

/** What dispatch changes on a worker's file, inside dispatch's own transaction. */

/**
 * Records an incident on the worker's file (R32: no-show, accident) and refreshes her trust
 * inputs, as `addWorkerRecord(…, 'incident', …)` does, but inside the caller's transaction and
 * under the caller's permission (dispatch or after-sales, not worker.write).
 */
export async function recordWorkerIncident(
  tx: Db,
  ctx: Ctx,
  workerId: string,
  incident: { kind: 'no_show' | 'accident'; blocking: boolean; description: string; occurredAt: Date },
): Promise<string> {
  const id = newId('wrec');
  const now = ctx.clock.now();
  await insertRecord(tx, 'incident', {
    companyId: ctx.actor.companyId,
    id,
    workerId,
    kind: incident.kind,
    blocking: incident.blocking,
    description: incident.description,
    occurredAt: incident.occurredAt,
    recordedBy: ctx.actor.userId,
    createdAt: now,
  });
  await refreshTrustInputs(tx, ctx.actor.companyId, workerId);
  await writeAudit(tx, auditMeta(ctx), {
    action: 'worker.record_add',
    entityType: 'worker',
    entityId: workerId,
    payload: {
      kind: 'incident',
      recordId: id,
      summary: {
        kind: incident.kind,
        blocking: incident.blocking,
        occurredAt: incident.occurredAt.toISOString(),
      },
    },
  });
  return id;
}

/**
 * The status dispatch gives a worker (R14): on_placement when her placement starts, available
 * again when she is replaced. Only from the statuses dispatch owns; a worker resting, left or
 * blacklisted meanwhile keeps her status.
 */
export async function setWorkerDispatchStatus(
  tx: Db,
  ctx: Ctx,
  worker: { id: string; status: string },
  to: 'on_placement' | 'available',
  reason: string,
): Promise<void> {
  const from = to === 'on_placement' ? ['available', 'booked'] : ['on_placement', 'booked'];
  if (worker.status === to || !from.includes(worker.status)) return;
  await updateWorkerRow(tx, ctx.actor.companyId, worker.id, {
    status: to,
    statusReason: reason,
    updatedAt: ctx.clock.now(),
  });
  await writeAudit(tx, auditMeta(ctx), {
    action: 'worker.status_change',
    entityType: 'worker',
    entityId: worker.id,
    payload: { before: { status: worker.status }, after: { status: to }, reason },
  });
}
