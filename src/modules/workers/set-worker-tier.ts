import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { skillsOfWorkers } from './skill.repository.ts';
import { updateWorkerRow } from './worker.repository.ts';
import { workerDetail } from './worker-detail.ts';
import { loadWorkerFor, todayOf } from './worker-helpers.ts';
import { checkTier, TIER_LABELS, type Tier } from './workers.rules.ts';

/** Grants a tier (R12); refused with 422 naming the unmet hard requirements (age, education). */
export async function setWorkerTier(ctx: Ctx, workerId: string, tier: Tier | null) {
  return ctx.db.transaction(async (tx) => {
    const w = await loadWorkerFor(ctx, 'worker.verify', workerId, tx);
    const today = todayOf(ctx);
    if (tier) {
      const skills = (await skillsOfWorkers(tx, w.companyId, [w.id])).get(w.id) ?? [];
      const check = checkTier(
        tier,
        { birthDate: w.birthDate, education: w.education, skillNames: skills.map((s) => s.name) },
        today,
      );
      const unmet = check.checks.filter((c) => c.hard && !c.met);
      if (unmet.length) {
        const zh = unmet.map((c) => `${c.requirement}（实际：${c.detail}）`).join('；');
        throw new AppError('VALIDATION_FAILED', { fields: '等级' }, [
          {
            field: 'tier',
            label: '等级',
            message: `不满足${TIER_LABELS[tier]}的硬性要求：${zh}`,
            messageEn: `Hard requirements of ${tier} not met`,
          },
        ]);
      }
    }
    const after = await updateWorkerRow(tx, w.companyId, w.id, { tier, updatedAt: ctx.clock.now() });
    await writeAudit(tx, auditMeta(ctx), {
      action: 'worker.tier_set',
      entityType: 'worker',
      entityId: w.id,
      payload: { before: { tier: w.tier }, after: { tier } },
    });
    return workerDetail(tx, after, today);
  });
}
