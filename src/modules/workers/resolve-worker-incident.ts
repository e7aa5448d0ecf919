import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { resolveIncident } from './records.repository.ts';
import { refreshTrustInputs } from './worker.repository.ts';
import { workerDetail } from './worker-detail.ts';
import { loadWorkerFor, todayOf } from './worker-helpers.ts';

/** Closes an open incident (not a blacklisting, which is final); trust is recomputed. */
export async function resolveWorkerIncident(ctx: Ctx, workerId: string, incidentId: string) {
  return ctx.db.transaction(async (tx) => {
    const w = await loadWorkerFor(ctx, 'worker.verify', workerId, tx);
    if (w.status === 'blacklisted') {
      throw new AppError('INVALID_STATE', {
        reason: { zh: '黑名单不可撤销。', en: 'Blacklisting is final.' },
      });
    }
    const resolved = await resolveIncident(tx, w.companyId, w.id, incidentId, ctx.clock.now());
    if (!resolved) throw notFound('record');
    const after = await refreshTrustInputs(tx, w.companyId, w.id);
    await writeAudit(tx, auditMeta(ctx), {
      action: 'worker.incident_resolve',
      entityType: 'worker',
      entityId: w.id,
      payload: { incidentId, kind: resolved.kind },
    });
    return workerDetail(tx, after, todayOf(ctx));
  });
}
