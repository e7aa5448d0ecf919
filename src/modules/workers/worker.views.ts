import { maskPhone } from '../../platform/privacy.ts';
import type { recordsOfWorker } from './records.repository.ts';
import type { WorkerSkill } from './skill.repository.ts';
import type { WorkerRow } from './worker.repository.ts';
import { ageOn, checkTier, TIER_LABELS, trustStatus, WORKER_TIER_LIST } from './workers.rules.ts';

/**
 * The one place that decides what a worker's file looks like to each viewer (R16). Staff see
 * contact data masked (a permission-checked, audited reveal gives the full value); customers and
 * the public see only the board card: never phone, ID number, bank account or home address.
 */
export type TrustFields = Pick<
  WorkerRow,
  | 'identityVerifiedAt'
  | 'openBlockingIncidents'
  | 'healthResult'
  | 'healthExpiresOn'
  | 'backgroundResult'
  | 'backgroundExpiresOn'
  | 'insuranceEndsOn'
>;
export const trustOf = (w: TrustFields, today: string) =>
  trustStatus(
    {
      identityVerified: w.identityVerifiedAt !== null,
      openBlockingIncidents: w.openBlockingIncidents,
      healthResult: w.healthResult,
      healthExpiresOn: w.healthExpiresOn,
      backgroundResult: w.backgroundResult,
      backgroundExpiresOn: w.backgroundExpiresOn,
      insuranceEndsOn: w.insuranceEndsOn,
    },
    today,
  );

const nextExpiry = (w: WorkerRow) =>
  [w.healthExpiresOn, w.backgroundExpiresOn, w.insuranceEndsOn, w.certNextExpiry]
    .filter((d): d is string => !!d)
    .sort()[0] ?? null;

const skillView = (s: WorkerSkill) => ({
  skillId: s.skillId,
  name: s.name,
  level: s.level,
  verified: s.verifiedAt !== null,
});

export function toStaffListItem(w: WorkerRow, skills: WorkerSkill[], today: string) {
  return {
    id: w.id,
    name: w.name,
    gender: w.gender,
    age: ageOn(w.birthDate, today),
    nativePlace: w.nativePlace,
    phone: maskPhone(w.phone),
    photoUrl: w.photoUrl,
    storeId: w.storeId,
    teamId: w.teamId,
    education: w.education,
    homeDistrict: w.homeDistrict,
    employmentModel: w.employmentModel,
    tier: w.tier,
    status: w.status,
    skills: skills.map(skillView),
    trust: trustOf(w, today),
    nextExpiry: nextExpiry(w),
    ratingAvg: w.ratingAvg,
    ratingCount: w.ratingCount,
    createdAt: w.createdAt.toISOString(),
  };
}

type Records = Awaited<ReturnType<typeof recordsOfWorker>>;

export function toStaffDetail(w: WorkerRow, skills: WorkerSkill[], records: Records, today: string) {
  const month = today.slice(0, 7);
  const restDaysThisMonth = records.leaves
    .filter((l) => l.kind === 'rest')
    .reduce((n, l) => n + daysInMonth(l.startsOn, l.endsOn, month), 0);
  const skillNames = skills.map((s) => s.name);
  return {
    ...toStaffListItem(w, skills, today),
    birthDate: w.birthDate,
    idNumber: w.idNumberMasked,
    languages: w.languages,
    cuisines: w.cuisines,
    homeAddress: w.homeAddress,
    homeLat: w.homeLat,
    homeLng: w.homeLng,
    emergencyName: w.emergencyName,
    emergencyPhone: maskPhone(w.emergencyPhone),
    bankName: w.bankName,
    bankAccount: w.bankAccountMasked,
    notes: w.notes,
    statusReason: w.statusReason,
    identityVerifiedAt: w.identityVerifiedAt?.toISOString() ?? null,
    workDays: w.workDays,
    workStart: w.workStart.slice(0, 5),
    workEnd: w.workEnd.slice(0, 5),
    tierChecks: WORKER_TIER_LIST.map((t) =>
      checkTier(t, { birthDate: w.birthDate, education: w.education, skillNames }, today),
    ),
    certificates: records.certificates.map((c) => ({
      id: c.id,
      kind: c.kind,
      name: c.name,
      number: c.number,
      issuer: c.issuer,
      issuedOn: c.issuedOn,
      expiresOn: c.expiresOn,
      scanUrl: c.scanUrl,
      verified: c.verifiedAt !== null,
      verifiedAt: c.verifiedAt?.toISOString() ?? null,
      verifiedBy: c.verifiedBy,
    })),
    healthChecks: records.healthChecks.map(({ id, checkedOn, expiresOn, result, institution, notes }) => ({
      id,
      checkedOn,
      expiresOn,
      result,
      institution,
      notes,
    })),
    backgroundChecks: records.backgroundChecks.map(({ id, checkedOn, expiresOn, result, notes }) => ({
      id,
      checkedOn,
      expiresOn,
      result,
      notes,
    })),
    insurance: records.insurance.map(({ id, kind, insurer, policyNumber, startsOn, endsOn }) => ({
      id,
      kind,
      insurer,
      policyNumber,
      startsOn,
      endsOn,
    })),
    trainings: records.trainings.map(({ id, kind, course, hours, trainedOn, result }) => ({
      id,
      kind,
      course,
      hours,
      trainedOn,
      result,
    })),
    leaves: records.leaves.map(({ id, kind, startsOn, endsOn, reason }) => ({
      id,
      kind,
      startsOn,
      endsOn,
      reason,
    })),
    performance: records.performance.map(({ id, kind, title, year, score, amountFen, occurredOn }) => ({
      id,
      kind,
      title,
      year,
      score,
      amountFen,
      occurredOn,
    })),
    incidents: records.incidents.map((i) => ({
      id: i.id,
      kind: i.kind,
      blocking: i.blocking,
      description: i.description,
      occurredAt: i.occurredAt.toISOString(),
      resolvedAt: i.resolvedAt?.toISOString() ?? null,
    })),
    welfare: {
      restDaysThisMonth,
      insuranceValid: w.insuranceEndsOn !== null && w.insuranceEndsOn >= today,
      wageAccount: w.bankAccountMasked ? `${w.bankName ?? ''} ${w.bankAccountMasked}`.trim() : null,
    },
  };
}

/** The available-worker board card (§O): what a customer or the public may see of a worker. */
export function toBoardCard(
  w: WorkerRow,
  skills: WorkerSkill[],
  certs: { kind: string; name: string; verified: boolean }[],
  today: string,
) {
  const age = ageOn(w.birthDate, today);
  const lo = Math.floor(age / 5) * 5;
  return {
    id: w.id,
    photoUrl: w.photoUrl,
    displayName: `${w.name.slice(0, 1)}阿姨`,
    ageRange: `${lo}–${lo + 4}岁`,
    nativePlace: w.nativePlace,
    tier: w.tier,
    tierLabel: w.tier ? TIER_LABELS[w.tier] : null,
    skills: skills.map((s) => s.name),
    certificates: certs,
    ratingAvg: w.ratingAvg,
    ratingCount: w.ratingCount,
    trust: trustOf(w, today).level,
  };
}

function daysInMonth(start: string, end: string, month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = `${month}-01`;
  const last = `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  const s = start > first ? start : first;
  const e = end < last ? end : last;
  if (s > e) return 0;
  return Math.round((Date.parse(`${e}T00:00:00Z`) - Date.parse(`${s}T00:00:00Z`)) / 86_400_000) + 1;
}
