import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { blindIndex, encrypt } from '../../platform/crypto.ts';
import { invalidField, notFound, pgConstraint, pgErrorCode } from '../../platform/errors.ts';
import { birthDateOf } from '../../platform/id-number.ts';
import { newId } from '../../platform/ids.ts';
import { authorize, inScope } from '../../platform/permissions.ts';
import { maskBankAccount, maskIdNumber } from '../../platform/privacy.ts';
import { findStore, findTeam } from '../org/index.ts';
import type { TWorkerCreate } from './schemas.ts';
import { replaceWorkerSkills } from './skill.repository.ts';
import { findWorkerByPhoneOrId, insertWorker } from './worker.repository.ts';
import { workerDetail } from './worker-detail.ts';
import { checkSkillIds, duplicateWorker, todayOf, workerAuditFields } from './worker-helpers.ts';
import { ageOn } from './workers.rules.ts';

/** Opens a worker's file. Her birth date comes from the ID number; status starts as 待聘 available. */
export async function createWorker(ctx: Ctx, input: TWorkerCreate) {
  const scope = authorize(ctx.actor, 'worker.write');
  const companyId = ctx.actor.companyId;
  const birthDate = birthDateOf(input.idNumber)!;
  const age = ageOn(birthDate, todayOf(ctx));
  if (age < 16) throw invalidField('idNumber', `未满 16 周岁（${age} 岁），不能建档`, 'Under 16');
  if ((input.workStart ?? '08:00') >= (input.workEnd ?? '18:00')) {
    throw invalidField('workEnd', '下班时间须晚于上班时间', 'Must be after the start time');
  }
  const idHash = blindIndex(input.idNumber);
  const now = ctx.clock.now();
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
      const dup = (await findWorkerByPhoneOrId(tx, companyId, input.phone, idHash))[0];
      if (dup) throw duplicateWorker(dup.phone === input.phone ? 'phone' : 'idNumber', dup.name);
      const w = await insertWorker(tx, {
        companyId,
        id: newId('wkr'),
        storeId: store.id,
        teamId: input.teamId ?? null,
        name: input.name,
        gender: input.gender,
        birthDate,
        nativePlace: input.nativePlace,
        idNumberEnc: encrypt(input.idNumber),
        idNumberHash: idHash,
        idNumberMasked: maskIdNumber(input.idNumber)!,
        phone: input.phone,
        photoUrl: input.photoUrl ?? null,
        education: input.education,
        languages: input.languages,
        cuisines: input.cuisines,
        homeDistrict: input.homeDistrict,
        homeAddress: input.homeAddress ?? null,
        homeLat: input.homeLat ?? null,
        homeLng: input.homeLng ?? null,
        employmentModel: input.employmentModel,
        emergencyName: input.emergencyName ?? null,
        emergencyPhone: input.emergencyPhone ?? null,
        bankName: input.bankName ?? null,
        bankAccountEnc: input.bankAccount ? encrypt(input.bankAccount) : null,
        bankAccountMasked: maskBankAccount(input.bankAccount),
        notes: input.notes ?? null,
        ...(input.workDays ? { workDays: [...new Set(input.workDays)].sort() } : {}),
        ...(input.workStart ? { workStart: input.workStart } : {}),
        ...(input.workEnd ? { workEnd: input.workEnd } : {}),
        createdAt: now,
        updatedAt: now,
      });
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
