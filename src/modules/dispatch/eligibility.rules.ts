import { addDays, shanghaiDate } from '../workers/index.ts';
import type { DispatchSettings } from './settings.ts';

/**
 * The hard rules of dispatch (R13, R16, R17; issue "Dispatch"): a worker who breaks one is never
 * offered. Pure: the facts are loaded by candidate-facts.ts, the verdicts are words a dispatcher
 * can act on ("健康证 2026-11-30 已过期"). The database enforces the last rule (no overlapping
 * booking) once more by itself (worker_bookings_no_overlap).
 */
export const TIER_ORDER = ['junior', 'middle', 'senior_a', 'senior_b'] as const;
export type TierName = (typeof TIER_ORDER)[number];
const TIER_ZH: Record<TierName, string> = {
  junior: '初级',
  middle: '中级',
  senior_a: '高级A',
  senior_b: '高级B',
};

export type JobFacts = {
  mode: 'visit' | 'placement';
  customerId: string;
  storeId: string | null;
  urgent: boolean;
  requiredSkills: { id: string; name: string }[];
  minTier: TierName | null;
  requiredCertKinds: string[];
  startsAt: Date;
  endsAt: Date;
  /** Shanghai dates the health check and certificates must cover. */
  serviceDays: string[];
};

export type WorkerFacts = {
  id: string;
  storeId: string;
  status: string;
  tier: TierName | null;
  skillIds: string[];
  trust: { level: 'green' | 'yellow' | 'red'; reasons: string[] };
  healthResult: 'pass' | 'fail' | null;
  healthExpiresOn: string | null;
  certificates: { kind: string; name: string; expiresOn: string | null }[];
  trainings: { kind: string; trainedOn: string; result: 'pass' | 'fail' }[];
  blockedByCustomer: string | null; // the customer's reason, when she blocked this worker
  workDays: number[]; // 1 = Monday … 7 = Sunday
  workStart: string; // 'HH:MM[:SS]' Shanghai
  workEnd: string;
  leaves: { startsOn: string; endsOn: string; kind: string }[];
  overlapping: { bookingId: string; orderId: string | null; startsAt: Date; endsAt: Date }[];
};

export const HARD_RULES = [
  'status',
  'store',
  'skill',
  'tier',
  'trust',
  'health',
  'certificate',
  'training',
  'pre_placement',
  'blocked',
  'distance',
  'calendar',
  'leave',
  'overlap',
] as const;
export type HardRule = (typeof HARD_RULES)[number];
export type Violation = { rule: HardRule; reason: string };

const CERT_ZH: Record<string, string> = {
  skill: '技能证书',
  maternity: '母婴护理证',
  health: '健康证',
  childcare: '育婴师证',
  elder_care: '养老护理证',
  other: '证书',
};

const SH = 8 * 3_600_000;
const shMinutes = (d: Date) => {
  const t = new Date(d.getTime() + SH);
  return t.getUTCHours() * 60 + t.getUTCMinutes();
};
const hm = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
/** ISO weekday (1 = Monday) of a Shanghai date. */
const weekday = (day: string) => ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
const WEEKDAY_ZH = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const dayDiff = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
const fmtTime = (d: Date) => new Date(d.getTime() + SH).toISOString().slice(5, 16).replace('T', ' ');

/** Every hard rule the worker breaks for this job (empty: she may be offered). */
export function hardRuleViolations(w: WorkerFacts, job: JobFacts, s: DispatchSettings): Violation[] {
  const out: Violation[] = [];
  const first = job.serviceDays[0] ?? shanghaiDate(job.startsAt);
  const last = job.serviceDays.at(-1) ?? first;

  if (w.status !== 'available' && w.status !== 'booked') {
    const zh: Record<string, string> = {
      on_placement: '正在上户',
      resting: '休息中',
      left: '已离职',
      blacklisted: '已列入黑名单',
    };
    out.push({ rule: 'status', reason: `状态：${zh[w.status] ?? w.status}` });
  }
  if (!job.urgent && job.storeId && w.storeId !== job.storeId) {
    out.push({ rule: 'store', reason: '非本店家政员（非紧急订单由本店派单）' });
  }
  const missing = job.requiredSkills.filter((k) => !w.skillIds.includes(k.id));
  if (missing.length)
    out.push({ rule: 'skill', reason: `缺少技能：${missing.map((k) => k.name).join('、')}` });
  if (job.minTier) {
    const need = TIER_ORDER.indexOf(job.minTier);
    const has = w.tier ? TIER_ORDER.indexOf(w.tier) : -1;
    if (has < need) {
      out.push({
        rule: 'tier',
        reason: `等级${w.tier ? TIER_ZH[w.tier] : '未评定'}，低于要求的${TIER_ZH[job.minTier]}`,
      });
    }
  }
  if (w.trust.level === 'red')
    out.push({ rule: 'trust', reason: `安心状态红色：${w.trust.reasons.join('；')}` });
  if (w.healthResult !== 'pass' || !w.healthExpiresOn) {
    out.push({ rule: 'health', reason: w.healthResult === 'fail' ? '体检未通过' : '无有效健康证' });
  } else if (w.healthExpiresOn < last) {
    out.push({
      rule: 'health',
      reason:
        w.healthExpiresOn < first
          ? `健康证 ${w.healthExpiresOn} 已过期`
          : `健康证 ${w.healthExpiresOn} 在服务期内到期`,
    });
  }
  for (const kind of job.requiredCertKinds) {
    const held = w.certificates.filter((c) => c.kind === kind);
    const name = CERT_ZH[kind] ?? kind;
    if (!held.length) out.push({ rule: 'certificate', reason: `缺少${name}` });
    else if (!held.some((c) => c.expiresOn === null || c.expiresOn >= last)) {
      const latest = held
        .map((c) => c.expiresOn ?? '')
        .sort()
        .at(-1);
      out.push({
        rule: 'certificate',
        reason: `${name} ${latest} ${latest! < first ? '已过期' : '在服务期内到期'}`,
      });
    }
  }
  const passed = w.trainings.filter((t) => t.result === 'pass' && t.trainedOn <= first);
  if (!passed.some((t) => t.kind !== 'pre_placement')) {
    out.push({ rule: 'training', reason: '未完成岗前培训' });
  }
  if (job.mode === 'placement') {
    const brief = passed
      .filter((t) => t.kind === 'pre_placement')
      .map((t) => t.trainedOn)
      .sort()
      .at(-1);
    if (!brief) out.push({ rule: 'pre_placement', reason: '未参加上户培训' });
    else if (dayDiff(brief, first) > s.prePlacementTrainingDays) {
      out.push({
        rule: 'pre_placement',
        reason: `上户培训 ${brief} 已超过 ${s.prePlacementTrainingDays} 天`,
      });
    }
  }
  if (w.blockedByCustomer !== null) {
    out.push({
      rule: 'blocked',
      reason: `客户不再选用${w.blockedByCustomer ? `：${w.blockedByCustomer}` : ''}`,
    });
  }
  if (job.mode === 'visit') {
    const day = shanghaiDate(job.startsAt);
    if (!w.workDays.includes(weekday(day))) {
      out.push({ rule: 'calendar', reason: `${WEEKDAY_ZH[weekday(day)]}不上班` });
    } else {
      const from = shMinutes(job.startsAt);
      const to = shanghaiDate(job.endsAt) === day ? shMinutes(job.endsAt) : 24 * 60;
      if (from < hm(w.workStart) || to > hm(w.workEnd)) {
        out.push({
          rule: 'calendar',
          reason: `工作时间 ${w.workStart.slice(0, 5)}–${w.workEnd.slice(0, 5)}，不含 ${fmtTime(job.startsAt).slice(6)}–${fmtTime(job.endsAt).slice(6)}`,
        });
      }
    }
  }
  const leave = w.leaves.find((l) => l.startsOn <= last && l.endsOn >= first);
  if (leave) {
    out.push({
      rule: 'leave',
      reason: `${leave.kind === 'rest' ? '休息' : '请假'} ${leave.startsOn}${leave.endsOn !== leave.startsOn ? ` 至 ${leave.endsOn}` : ''}`,
    });
  }
  for (const b of w.overlapping) {
    out.push({
      rule: 'overlap',
      reason: `${fmtTime(b.startsAt)}–${fmtTime(b.endsAt).slice(6)} 已有安排${b.orderId ? `（订单 ${b.orderId}）` : ''}`,
    });
  }
  return out;
}

/** The Shanghai dates a job covers: each day of a visit; a placement's first month (its first wage period). */
export function serviceDaysOf(mode: 'visit' | 'placement', startsAt: Date, endsAt: Date): string[] {
  const first = shanghaiDate(startsAt);
  const lastInstant = new Date(endsAt.getTime() - 1);
  const end = shanghaiDate(lastInstant);
  const cap = addDays(first, 30);
  const last = mode === 'placement' && cap < end ? cap : end;
  const days: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) days.push(d);
  return days;
}
