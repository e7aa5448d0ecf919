import type { EDUCATION_LEVELS, WORKER_TIERS } from '../../db/schema/workers.ts';

export type Education = (typeof EDUCATION_LEVELS)[number];
export type Tier = (typeof WORKER_TIERS)[number];

export const EDUCATION_ORDER: Education[] = ['none', 'primary', 'junior', 'senior', 'college', 'bachelor'];
export const EDUCATION_LABELS: Record<Education, string> = {
  none: '未受教育',
  primary: '小学',
  junior: '初中',
  senior: '高中/中专',
  college: '大专',
  bachelor: '本科及以上',
};
export const TIER_LABELS: Record<Tier, string> = {
  junior: '初级',
  middle: '中级',
  senior_a: '高级A',
  senior_b: '高级B',
};

/**
 * Tier requirements from the Shenzhen practice (seed §P, R12): age and education are hard — a tier
 * is refused when they are not met; skills are listed as met or missing for the manager to judge.
 */
export const TIER_REQUIREMENTS: Record<
  Tier,
  { ageMin: number; ageMax: number; education: Education; skills: string[] }
> = {
  junior: { ageMin: 16, ageMax: 45, education: 'primary', skills: ['洗衣熨烫', '做饭', '保洁', '迎来送往'] },
  middle: {
    ageMin: 16,
    ageMax: 45,
    education: 'junior',
    skills: ['洗衣熨烫', '做饭', '保洁', '迎来送往', '电话处理', '育儿', '家教'],
  },
  senior_a: {
    ageMin: 16,
    ageMax: 45,
    education: 'senior',
    skills: ['洗衣熨烫', '做饭', '保洁', '迎来送往', '电话处理', '文秘打字', '病患陪护', '家教', '家电维护'],
  },
  senior_b: {
    ageMin: 16,
    ageMax: 40,
    education: 'college',
    skills: ['洗衣熨烫', '做饭', '保洁', '迎来送往', '文秘打字', '管家'],
  },
};

/** The company's skill list when it starts (the seed's skills plus the common service lines). */
export const DEFAULT_SKILLS: { name: string; nameEn: string }[] = [
  { name: '保洁', nameEn: 'Cleaning' },
  { name: '做饭', nameEn: 'Cooking' },
  { name: '洗衣熨烫', nameEn: 'Laundry & ironing' },
  { name: '育儿', nameEn: 'Childcare' },
  { name: '月嫂/母婴护理', nameEn: 'Maternity care' },
  { name: '老人照护', nameEn: 'Elder care' },
  { name: '病患陪护', nameEn: 'Patient care' },
  { name: '家教', nameEn: 'Tutoring' },
  { name: '管家', nameEn: 'Housekeeper' },
  { name: '迎来送往', nameEn: 'Receiving guests' },
  { name: '电话处理', nameEn: 'Telephone' },
  { name: '文秘打字', nameEn: 'Secretarial & typing' },
  { name: '家电维护', nameEn: 'Appliance care' },
];

/** Whole years between a birth date and a day (both YYYY-MM-DD). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export type TierCheck = {
  tier: Tier;
  eligible: boolean;
  checks: { requirement: string; met: boolean; hard: boolean; detail: string }[];
};

/** Which requirements of a tier a worker meets or misses; `eligible` = every hard one is met. */
export function checkTier(
  tier: Tier,
  w: { birthDate: string; education: Education; skillNames: string[] },
  today: string,
): TierCheck {
  const req = TIER_REQUIREMENTS[tier];
  const age = ageOn(w.birthDate, today);
  const has = new Set(w.skillNames);
  const checks = [
    {
      requirement: `年龄 ${req.ageMin}–${req.ageMax} 岁`,
      met: age >= req.ageMin && age <= req.ageMax,
      hard: true,
      detail: `${age} 岁`,
    },
    {
      requirement: `${EDUCATION_LABELS[req.education]}及以上学历`,
      met: EDUCATION_ORDER.indexOf(w.education) >= EDUCATION_ORDER.indexOf(req.education),
      hard: true,
      detail: EDUCATION_LABELS[w.education],
    },
    ...req.skills.map((s) => ({
      requirement: `技能：${s}`,
      met: has.has(s),
      hard: false,
      detail: has.has(s) ? '已具备' : '缺少',
    })),
  ];
  return { tier, eligible: checks.every((c) => !c.hard || c.met), checks };
}

export type Trust = { level: 'green' | 'yellow' | 'red'; reasons: string[] };

/** What trust is derived from; kept on the worker row by `refreshTrustInputs`. */
export type TrustInputs = {
  identityVerified: boolean;
  openBlockingIncidents: number;
  healthResult: 'pass' | 'fail' | null;
  healthExpiresOn: string | null;
  backgroundResult: 'clear' | 'record' | null;
  backgroundExpiresOn: string | null;
  insuranceEndsOn: string | null;
};

export const TRUST_WARNING_DAYS = 30;

/**
 * Trust status, derived and never typed in (mirrors 居家上门服务证 / 安心码): red when identity is
 * unverified, a blocking incident is open, the latest health check failed or the background
 * check found a record; yellow when a health check, insurance or background check is missing,
 * expired or expires within 30 days (each named); otherwise green.
 * `worker.repository.ts` has the same rule in SQL for filtering; a test keeps the two in step.
 */
export function trustStatus(w: TrustInputs, today: string): Trust {
  const soon = addDays(today, TRUST_WARNING_DAYS);
  const red: string[] = [];
  const yellow: string[] = [];
  if (!w.identityVerified) red.push('身份未核验');
  if (w.openBlockingIncidents > 0) red.push('存在未解除的阻断事件');
  if (w.healthResult === 'fail') red.push('最近一次体检未通过');
  else expiry('健康证', w.healthExpiresOn, today, soon, yellow);
  if (w.backgroundResult === 'record') red.push('背景调查有记录');
  else expiry('无犯罪记录证明', w.backgroundExpiresOn, today, soon, yellow);
  expiry('保险', w.insuranceEndsOn, today, soon, yellow);
  if (red.length) return { level: 'red', reasons: [...red, ...yellow] };
  if (yellow.length) return { level: 'yellow', reasons: yellow };
  return { level: 'green', reasons: [] };
}

function expiry(what: string, expiresOn: string | null, today: string, soon: string, out: string[]) {
  if (!expiresOn) out.push(`无有效${what}`);
  else if (expiresOn < today) out.push(`${what} ${expiresOn} 已过期`);
  else if (expiresOn <= soon) out.push(`${what} ${expiresOn} 即将到期`);
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Today's date in Asia/Shanghai (business dates are Shanghai dates). */
export function shanghaiDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Allowed status changes (R14). Blacklisting is final: the file is kept, never deleted. */
export const STATUS_TRANSITIONS: Record<string, string[]> = {
  available: ['booked', 'on_placement', 'resting', 'left', 'blacklisted'],
  booked: ['available', 'on_placement', 'resting', 'left', 'blacklisted'],
  on_placement: ['available', 'resting', 'left', 'blacklisted'],
  resting: ['available', 'left', 'blacklisted'],
  left: ['available', 'blacklisted'],
  blacklisted: [],
};
export const WORKER_TIER_LIST: Tier[] = ['junior', 'middle', 'senior_a', 'senior_b'];
