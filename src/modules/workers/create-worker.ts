import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { invalidField, notFound, pgConstraint, pgErrorCode } from '../../platform/errors.ts';
import { authorize, inScope } from '../../platform/permissions.ts';
import { findStore, findTeam } from '../org/index.ts';
import type { TWorkerCreate } from './schemas.ts';
import { replaceWorkerSkills } from './skill.repository.ts';
import { findWorkerByPhoneOrId, insertWorker } from './worker.repository.ts';
import { workerDetail } from './worker-detail.ts';
import { checkSkillIds, duplicateWorker, todayOf, workerAuditFields } from './worker-helpers.ts';
import { buildWorkerRow, underAgeProblem, workHoursProblem } from './worker-row.ts';

/** Opens a worker's file. Her birth date comes from the ID number; status starts as 待聘 available. */
export async function createWorker(ctx: Ctx, input: TWorkerCreate) {
  const scope = authorize(ctx.actor, 'worker.write');
  const companyId = ctx.actor.companyId;
  const row = buildWorkerRow(companyId, input, ctx.clock.now());
  const young = underAgeProblem(row.birthDate, todayOf(ctx));
  if (young) throw invalidField('idNumber', young.zh, young.en);
  const hours = workHoursProblem(input);
  if (hours) throw invalidField('workEnd', hours.zh, hours.en);
  try {
    return await ctx.db.transaction(async (tx) => {
      const store = await findStore(tx, companyId, input.storeId);
      if (!store || !inScope(scope, store.id)) throw notFound('store');
      if (input.teamId) {
        const team = await findTeam(tx, companyId, input.teamId);
        if (!team || team.storeId !== store.id)
          throw invalidField('teamId', '班组不属于该门店', 'Team is not in this store');
      }
      await checkSkillIds(
        tx,
        companyId,
        input.skills.map((s) => s.skillId),
      );
      const dup = (await findWorkerByPhoneOrId(tx, companyId, input.phone, row.idNumberHash))[0];
      if (dup) throw duplicateWorker(dup.phone === input.phone ? 'phone' : 'idNumber', dup.name);
      const w = await insertWorker(tx, row);
      await replaceWorkerSkills(tx, companyId, w.id, input.skills);
      await writeAudit(tx, auditMeta(ctx), {
        action: 'worker.create',
        entityType: 'worker',
        entityId: w.id,
        payload: { after: workerAuditFields(w) },
      });
      return workerDetail(tx, w, todayOf(ctx));
    });
  } catch (err) {
    // Two files created at once with the same phone or ID: the unique index decides.
    if (pgErrorCode(err) === '23505') {
      const c = pgConstraint(err);
      if (c === 'workers_phone_uq') throw duplicateWorker('phone', '');
      if (c === 'workers_id_number_uq') throw duplicateWorker('idNumber', '');
    }
    throw err;
  }
}
