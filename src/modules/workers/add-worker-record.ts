import type { z } from 'zod';
import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { invalidField } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { Permission } from '../../platform/permissions.ts';
import { insertRecord } from './records.repository.ts';
import type { RecordKind, ZRecordInputs } from './schemas.ts';
import { refreshTrustInputs } from './worker.repository.ts';
import { workerDetail } from './worker-detail.ts';
import { loadWorkerFor, todayOf } from './worker-helpers.ts';

/** Who may add each kind: incidents and checks are verification work; the rest is file keeping. */
const PERMISSION: Record<RecordKind, Permission> = {
  certificate: 'worker.write',
  health_check: 'worker.verify',
  background_check: 'worker.verify',
  insurance: 'worker.write',
  training: 'worker.write',
  leave: 'worker.write',
  performance: 'worker.write',
  incident: 'worker.write',
};

/** Date pairs that must be in order, per kind: [from, to, field named in the error]. */
const DATE_ORDER: Partial<Record<RecordKind, [string, string, string]>> = {
  certificate: ['issuedOn', 'expiresOn', '有效期至'],
  health_check: ['checkedOn', 'expiresOn', '有效期至'],
  background_check: ['checkedOn', 'expiresOn', '有效期至'],
  insurance: ['startsOn', 'endsOn', '终止日期'],
  leave: ['startsOn', 'endsOn', '结束日期'],
};

/**
 * Adds a record to a worker's file (certificate, health check, background check, insurance,
 * training, leave/rest day, performance entry, incident) and refreshes her trust inputs in the same
 * transaction, so trust status is always derived from the records.
 */
export async function addWorkerRecord<K extends RecordKind>(
  ctx: Ctx,
  workerId: string,
  kind: K,
  input: z.infer<(typeof ZRecordInputs)[K]>,
) {
  const order = DATE_ORDER[kind];
  const fields = input as Record<string, unknown>;
  if (order && fields[order[1]] && String(fields[order[1]]) < String(fields[order[0]])) {
    throw invalidField(order[1], `${order[2]}不能早于开始日期`, `${order[1]} is before ${order[0]}`);
  }
  return ctx.db.transaction(async (tx) => {
    const w = await loadWorkerFor(ctx, PERMISSION[kind], workerId, tx);
    const extra =
      kind === 'performance' || kind === 'incident'
        ? {
            recordedBy: ctx.actor.userId,
            ...(kind === 'incident' ? { occurredAt: new Date(String(fields.occurredAt)) } : {}),
          }
        : {};
    const row = await insertRecord(tx, kind, {
      ...fields,
      ...extra,
      companyId: w.companyId,
      id: newId('wrec'),
      workerId: w.id,
      createdAt: ctx.clock.now(),
    });
    const after = await refreshTrustInputs(tx, w.companyId, w.id);
    const summary = Object.fromEntries(
      Object.entries(fields).filter(
        ([k]) => !['notes', 'description', 'scanUrl', 'policyNumber', 'number'].includes(k),
      ),
    );
    await writeAudit(tx, auditMeta(ctx), {
      action: 'worker.record_add',
      entityType: 'worker',
      entityId: w.id,
      payload: { kind, recordId: String(row.id), summary },
    });
    return workerDetail(tx, after, todayOf(ctx));
  });
}
