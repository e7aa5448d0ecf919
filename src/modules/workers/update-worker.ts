import { auditMeta, diff, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { blindIndex, encrypt } from '../../platform/crypto.ts';
import { invalidField, notFound } from '../../platform/errors.ts';
import { birthDateOf } from '../../platform/id-number.ts';
import { authorize, inScope } from '../../platform/permissions.ts';
import { maskBankAccount, maskIdNumber } from '../../platform/privacy.ts';
import { findStore, findTeam } from '../org/index.ts';
import type { TWorkerUpdate } from './schemas.ts';
import { findWorkerByPhoneOrId, updateWorkerRow } from './worker.repository.ts';
import { workerDetail } from './worker-detail.ts';
import { duplicateWorker, loadWorkerFor, todayOf, workerAuditFields } from './worker-helpers.ts';

/** Edits a worker's file. A new ID number clears the identity verification (it must be checked again). */
export async function updateWorker(ctx: Ctx, id: string, input: TWorkerUpdate) {
  const scope = authorize(ctx.actor, 'worker.write');
  const companyId = ctx.actor.companyId;
  return ctx.db.transaction(async (tx) => {
    const before = await loadWorkerFor(ctx, 'worker.write', id, tx);
    const storeId = input.storeId ?? before.storeId;
    if (input.storeId && input.storeId !== before.storeId) {
      const store = await findStore(tx, companyId, input.storeId);
      if (!store || !inScope(scope, store.id)) throw notFound('store');
    }
    const teamId = input.teamId === undefined ? (input.storeId ? null : before.teamId) : input.teamId;
    if (teamId) {
      const team = await findTeam(tx, companyId, teamId);
      if (!team || team.storeId !== storeId)
        throw invalidField('teamId', '班组不属于该门店', 'Team is not in this store');
    }
    const idHash = input.idNumber ? blindIndex(input.idNumber) : before.idNumberHash;
    const phone = input.phone ?? before.phone;
    const dup = (await findWorkerByPhoneOrId(tx, companyId, phone, idHash)).find((d) => d.id !== id);
    if (dup) throw duplicateWorker(dup.phone === phone ? 'phone' : 'idNumber', dup.name);
    const start = input.workStart ?? before.workStart.slice(0, 5);
    const end = input.workEnd ?? before.workEnd.slice(0, 5);
    if (start >= end) throw invalidField('workEnd', '下班时间须晚于上班时间', 'Must be after the start time');
    const { idNumber, bankAccount, ...plain } = input;
    const after = await updateWorkerRow(tx, companyId, id, {
      ...plain,
      ...(input.workDays ? { workDays: [...new Set(input.workDays)].sort() } : {}),
      storeId,
      teamId,
      ...(idNumber && idHash !== before.idNumberHash
        ? {
            idNumberEnc: encrypt(idNumber),
            idNumberHash: idHash,
            idNumberMasked: maskIdNumber(idNumber)!,
            birthDate: birthDateOf(idNumber)!,
            identityVerifiedAt: null,
            identityVerifiedBy: null,
          }
        : {}),
      ...(bankAccount !== undefined
        ? {
            bankAccountEnc: bankAccount ? encrypt(bankAccount) : null,
            bankAccountMasked: maskBankAccount(bankAccount),
          }
        : {}),
      updatedAt: ctx.clock.now(),
    });
    const changes = diff(workerAuditFields(before), workerAuditFields(after));
    const other = Object.keys(plain).filter((k) => !(k in changes.after));
    await writeAudit(tx, auditMeta(ctx), {
      action: 'worker.update',
      entityType: 'worker',
      entityId: id,
      payload: { before: changes.before, after: { ...changes.after, ...(other.length ? { other } : {}) } },
    });
    return workerDetail(tx, after, todayOf(ctx));
  });
}
