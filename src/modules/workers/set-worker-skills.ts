import { auditMeta, diff, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { replaceWorkerSkills, skillsOfWorkers } from './skill.repository.ts';
import { workerDetail } from './worker-detail.ts';
import { checkSkillIds, loadWorkerFor, todayOf } from './worker-helpers.ts';

export async function setWorkerSkills(
  ctx: Ctx,
  workerId: string,
  list: { skillId: string; level: number }[],
) {
  return ctx.db.transaction(async (tx) => {
    const w = await loadWorkerFor(ctx, 'worker.write', workerId, tx);
    await checkSkillIds(
      tx,
      w.companyId,
      list.map((s) => s.skillId),
    );
    const names = async () =>
      ((await skillsOfWorkers(tx, w.companyId, [w.id])).get(w.id) ?? []).map((s) => `${s.name}:${s.level}`);
    const before = await names();
    await replaceWorkerSkills(tx, w.companyId, w.id, list);
    await writeAudit(tx, auditMeta(ctx), {
      action: 'worker.skills_set',
      entityType: 'worker',
      entityId: w.id,
      payload: diff({ skills: before }, { skills: await names() }),
    });
    return workerDetail(tx, w, todayOf(ctx));
  });
}
