import type { Db } from '../../db/client.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, invalidField, notFound } from '../../platform/errors.ts';
import { authorize, inScope, type Permission } from '../../platform/permissions.ts';
import { maskBankAccount, maskPhone } from '../../platform/privacy.ts';
import type { WorkerAuditFields } from './audit-events.ts';
import { listSkillRows } from './skill.repository.ts';
import { findWorker, type WorkerRow } from './worker.repository.ts';
import { shanghaiDate } from './workers.rules.ts';
import './audit-events.ts';

/** Permission first, then the worker inside the actor's stores (404 outside, never 403). */
export async function loadWorkerFor(
  ctx: Ctx,
  permission: Permission,
  id: string,
  db: Db = ctx.db,
): Promise<WorkerRow> {
  const scope = authorize(ctx.actor, permission);
  const w = await findWorker(db, ctx.actor.companyId, id);
  if (!w || !inScope(scope, w.storeId)) throw notFound('worker');
  return w;
}

export const todayOf = (ctx: Ctx) => shanghaiDate(ctx.clock.now());

/** Unknown or disabled skill ids → 422 on the `skills` field. */
export async function checkSkillIds(db: Db, companyId: string, ids: string[]): Promise<void> {
  const known = new Set(
    (await listSkillRows(db, companyId)).filter((s) => s.status === 'active').map((s) => s.id),
  );
  const bad = ids.filter((id) => !known.has(id));
  if (bad.length)
    throw invalidField('skills', `未知技能：${bad.join('、')}`, `Unknown skills: ${bad.join(', ')}`);
}

export const workerAuditFields = (w: WorkerRow): WorkerAuditFields => ({
  name: w.name,
  storeId: w.storeId,
  teamId: w.teamId,
  phone: maskPhone(w.phone),
  idNumber: w.idNumberMasked,
  tier: w.tier,
  status: w.status,
  education: w.education,
  homeDistrict: w.homeDistrict,
  employmentModel: w.employmentModel,
  bankAccount: w.bankAccountMasked ?? maskBankAccount(null),
});

/** A phone or ID number already on another worker's file → 409 naming the field. */
export function duplicateWorker(field: 'phone' | 'idNumber', name: string): AppError {
  const zh = field === 'phone' ? `手机号已属于家政员「${name}」` : `身份证号已属于家政员「${name}」`;
  return new AppError('CONFLICT', { reason: { zh, en: `Already on the file of ${name}` } }, [
    { field, message: zh, messageEn: `Already on the file of ${name}` },
  ]);
}
