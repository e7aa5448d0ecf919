import type { Weights } from './settings.ts';

/**
 * The score of a worker for a job (issue "Dispatch" § Score) — one pure function. Each part is a
 * value in [0, 1] times its company weight, with the words a dispatcher reads ("距离 3.2 km",
 * "评分 4.8", "同籍贯", "近30天派单 2 次", "客户曾投诉 0"); complaints subtract. The total is
 * scaled to 0–100 against the best a worker could reach, floored at 0.1 so that every eligible
 * pair is still worth assigning in a whole-day plan.
 */
export type ScoreFacts = {
  /** km from her home, or from her previous job that day (`fromPreviousJob`); null when unknown. */
  distanceKm: number | null;
  fromPreviousJob: boolean;
  ratingAvg: number | null;
  ratingCount: number;
  /** Jobs of this service she has done before. */
  experience: number;
  preferences: {
    nativePlace?: string | null;
    language?: string | null;
    cuisine?: string | null;
    workerAgeMin?: number | null;
    workerAgeMax?: number | null;
  };
  worker: { nativePlace: string; languages: string[]; cuisines: string[]; age: number };
  /** Times she served this customer before (continuity). */
  servedCustomer: number;
  /** Her assignments in the last 30 days (fairness: spread the work). */
  recentLoad: number;
  ownStore: boolean;
  /** Complaints recorded against her. */
  complaints: number;
};

export type ScorePart = { key: keyof Weights; label: string; value: number; points: number };
export type Score = { score: number; parts: ScorePart[] };

export const FULL_DISTANCE_KM = 30; // 0 km scores 1, this far or more scores 0
const FULL_EXPERIENCE = 20;
const FULL_LOAD = 20;
const FULL_COMPLAINTS = 3;

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
const round1 = (v: number) => Math.round(v * 10) / 10;

function preferencePart(f: ScoreFacts): { value: number; label: string } {
  const p = f.preferences;
  const matched: string[] = [];
  const missed: string[] = [];
  const check = (wanted: unknown, ok: boolean, yes: string, no: string) => {
    if (wanted === null || wanted === undefined || wanted === '') return;
    (ok ? matched : missed).push(ok ? yes : no);
  };
  check(p.nativePlace, !!p.nativePlace && f.worker.nativePlace.includes(p.nativePlace), '同籍贯', '籍贯不同');
  check(
    p.language,
    !!p.language && f.worker.languages.some((l) => l.includes(p.language!) || p.language!.includes(l)),
    `会说${p.language}`,
    `不会${p.language}`,
  );
  check(
    p.cuisine,
    !!p.cuisine && f.worker.cuisines.some((c) => c.includes(p.cuisine!) || p.cuisine!.includes(c)),
    `会做${p.cuisine}`,
    `不擅长${p.cuisine}`,
  );
  if (p.workerAgeMin != null || p.workerAgeMax != null) {
    const ok = f.worker.age >= (p.workerAgeMin ?? 0) && f.worker.age <= (p.workerAgeMax ?? 200);
    check(true, ok, '年龄符合', '年龄不符');
  }
  const n = matched.length + missed.length;
  if (n === 0) return { value: 0, label: '客户无特别偏好' };
  return { value: matched.length / n, label: [...matched, ...missed].join('、') };
}

/** The score and its parts, in words, for one eligible worker. */
export function scoreCandidate(f: ScoreFacts, w: Weights): Score {
  const parts: ScorePart[] = [];
  const add = (key: keyof Weights, value: number, label: string, sign = 1) => {
    parts.push({ key, label, value: clamp01(value), points: round1(sign * w[key] * clamp01(value)) });
  };
  add(
    'distance',
    f.distanceKm === null ? 0.5 : 1 - f.distanceKm / FULL_DISTANCE_KM,
    f.distanceKm === null
      ? '距离未知'
      : `距离 ${f.distanceKm.toFixed(1)} km${f.fromPreviousJob ? '（上一单地点）' : ''}`,
  );
  add(
    'rating',
    f.ratingAvg === null ? 0.5 : (f.ratingAvg - 3) / 2,
    f.ratingAvg === null ? '暂无评分' : `评分 ${f.ratingAvg.toFixed(1)}（${f.ratingCount} 次）`,
  );
  add('experience', f.experience / FULL_EXPERIENCE, `做过此服务 ${f.experience} 次`);
  const pref = preferencePart(f);
  add('preference', pref.value, pref.label);
  add(
    'continuity',
    f.servedCustomer > 0 ? 1 : 0,
    f.servedCustomer > 0 ? `曾服务该客户 ${f.servedCustomer} 次` : '未服务过该客户',
  );
  add('fairness', 1 - f.recentLoad / FULL_LOAD, `近30天派单 ${f.recentLoad} 次`);
  add('store', f.ownStore ? 1 : 0, f.ownStore ? '本店' : '跨店支援');
  add('complaints', f.complaints / FULL_COMPLAINTS, `客户曾投诉 ${f.complaints}`, -1);

  const best = (Object.keys(w) as (keyof Weights)[])
    .filter((k) => k !== 'complaints')
    .reduce((sum, k) => sum + w[k], 0);
  const raw = parts.reduce((sum, p) => sum + p.points, 0);
  const score = best > 0 ? round1(Math.max(0.1, (100 * raw) / best)) : 0.1;
  return { score, parts };
}

/**
 * The shortlist order: eligible workers only (an excluded one is never ranked), best score first,
 * ties broken by distance then id so the order is stable.
 */
export function rankCandidates<
  T extends { id: string; eligible: boolean; score: number; distanceKm: number | null },
>(rows: T[]): T[] {
  return rows
    .filter((r) => r.eligible)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.distanceKm ?? Number.POSITIVE_INFINITY) - (b.distanceKm ?? Number.POSITIVE_INFINITY) ||
        a.id.localeCompare(b.id),
    );
}
