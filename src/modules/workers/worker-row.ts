import type { workers } from '../../db/schema/workers.ts';
import { blindIndex, encrypt } from '../../platform/crypto.ts';
import { birthDateOf } from '../../platform/id-number.ts';
import { newId } from '../../platform/ids.ts';
import { maskBankAccount, maskIdNumber } from '../../platform/privacy.ts';
import type { TWorkerCreate } from './schemas.ts';
import { ageOn } from './workers.rules.ts';

export type WorkerInsert = typeof workers.$inferInsert;

/** Nobody under 16 gets a file (labour law); create-worker and the roster import say the same. */
export const MIN_WORKER_AGE = 16;

/** Why a worker born on `birthDate` is too young on `today`, or null. */
export function underAgeProblem(birthDate: string, today: string): { zh: string; en: string } | null {
  const age = ageOn(birthDate, today);
  if (age >= MIN_WORKER_AGE) return null;
  return { zh: `未满 ${MIN_WORKER_AGE} 周岁（${age} 岁），不能建档`, en: `Under ${MIN_WORKER_AGE}` };
}

/** Why the working hours are impossible (start not before end, defaults 08:00–18:00), or null. */
export function workHoursProblem(input: Pick<TWorkerCreate, 'workStart' | 'workEnd'>) {
  if ((input.workStart ?? '08:00') < (input.workEnd ?? '18:00')) return null;
  return { zh: '下班时间须晚于上班时间', en: 'Must be after the start time' };
}

/**
 * The `workers` row of a new file from validated input: birth date from the ID number, the ID
 * number and bank account encrypted, their blind index and masked forms. No database access, so
 * a single create and a batch import write exactly the same row.
 */
export function buildWorkerRow(companyId: string, input: TWorkerCreate, now: Date) {
  return {
    companyId,
    id: newId('wkr'),
    storeId: input.storeId,
    teamId: input.teamId ?? null,
    name: input.name,
    gender: input.gender,
    birthDate: birthDateOf(input.idNumber)!,
    nativePlace: input.nativePlace,
    idNumberEnc: encrypt(input.idNumber),
    idNumberHash: blindIndex(input.idNumber),
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
  } satisfies WorkerInsert;
}
