import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { verifyCertificate } from './records.repository.ts';
import { verifyWorkerSkill } from './skill.repository.ts';
import { updateWorkerRow } from './worker.repository.ts';
import { workerDetail } from './worker-detail.ts';
import { loadWorkerFor, todayOf } from './worker-helpers.ts';

/**
 * Marks her identity, a skill or a certificate as verified genuine (R13), recording who and when.
 */
export async function verifyWorkerItem(
  ctx: Ctx,
  workerId: string,
  what:
    | { kind: 'identity' }
    | { kind: 'skill'; skillId: string }
    | { kind: 'certificate'; certificateId: string },
) {
  return ctx.db.transaction(async (tx) => {
    const w = await loadWorkerFor(ctx, 'worker.verify', workerId, tx);
    const now = ctx.clock.now();
    let name = '身份证';
    let itemId: string | null = null;
    let after = w;
    if (what.kind === 'identity') {
      after = await updateWorkerRow(tx, w.companyId, w.id, {
        identityVerifiedAt: now,
        identityVerifiedBy: ctx.actor.userId,
        updatedAt: now,
      });
    } else if (what.kind === 'skill') {
      if (!(await verifyWorkerSkill(tx, w.companyId, w.id, what.skillId, ctx.actor.userId, now)))
        throw notFound('skill');
      itemId = what.skillId;
      name = what.skillId;
    } else {
      const cert = await verifyCertificate(tx, w.companyId, w.id, what.certificateId, ctx.actor.userId, now);
      if (!cert) throw notFound('certificate');
      itemId = cert.id;
      name = cert.name;
    }
    await writeAudit(tx, auditMeta(ctx), {
      action: 'worker.verify',
      entityType: 'worker',
      entityId: w.id,
      payload: { what: what.kind, itemId, name },
    });
    return workerDetail(tx, after, todayOf(ctx));
  });
}
