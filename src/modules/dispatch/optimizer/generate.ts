import { between, gaussian, mulberry32, pick, type Rng } from './prng.ts';
import type { PlanEdge, PlanInstance, PlanJob, PlanWorker } from './types.ts';

/**
 * Seeded generator of realistic one-day dispatch instances: a 40 × 30 km city with 8–12 districts
 * (population-weighted clusters; orders denser in the centre, worker homes more in the outskirts),
 * skills and tiers in realistic proportions, morning / afternoon / exact / all-day windows, 2–4 h
 * jobs, full-time and part-time shifts. Eligible pairs: the worker has the skill and at least the
 * tier and lives within `radiusKm`; of those, the nearest `maxEdgesPerJob` (what a dispatcher
 * would look at). Pairs are found through a grid index, not by checking every pair.
 */
export type GenerateOptions = {
  jobs: number;
  workers: number;
  seed: number;
  /** Eligibility radius around the order (default 15 km). */
  radiusKm?: number;
  /** Keep at most this many nearest eligible workers per job (default 200). */
  maxEdgesPerJob?: number;
  /** Travel speed (default 25 km/h: e-bike and metro in city traffic). */
  speedKmh?: number;
};

const CITY_W = 40;
const CITY_H = 30;
/** 保洁, 深度保洁, 家电清洗, 收纳整理: share of orders, and chance that a worker has the skill. */
const ORDER_SKILL = [0.55, 0.2, 0.15, 0.1];
const WORKER_SKILL = [0.92, 0.45, 0.25, 0.2];
/** junior, middle, senior_a, senior_b. */
const WORKER_TIER = [0.45, 0.35, 0.15, 0.05];
const ORDER_MIN_TIER = [0.6, 0.25, 0.12, 0.03];
const DURATIONS = [120, 150, 180, 240];
const DURATION_SHARE = [0.35, 0.15, 0.3, 0.2];

type District = { x: number; y: number; sigma: number; orderWeight: number; homeWeight: number };
type Person = { x: number; y: number };

function districts(rng: Rng): District[] {
  const n = 8 + Math.floor(rng() * 5);
  const out: District[] = [];
  for (let i = 0; i < n; i++) {
    // the first few districts are central, the rest spread over the city
    const central = i < 3;
    const x = central ? CITY_W / 2 + gaussian(rng) * 3 : between(rng, 3, CITY_W - 3);
    const y = central ? CITY_H / 2 + gaussian(rng) * 2.5 : between(rng, 3, CITY_H - 3);
    const centrality = Math.max(0, 1 - Math.hypot(x - CITY_W / 2, y - CITY_H / 2) / 20);
    const population = between(rng, 0.5, 1.5) * (central ? 1.6 : 1);
    out.push({
      x,
      y,
      sigma: between(rng, 1.5, 3.5),
      orderWeight: population * (0.4 + centrality),
      homeWeight: population * (1.4 - centrality),
    });
  }
  return out;
}

function place(rng: Rng, ds: District[], weights: number[]): Person {
  if (rng() < 0.08) return { x: between(rng, 0, CITY_W), y: between(rng, 0, CITY_H) };
  const d = ds[pick(rng, weights)]!;
  const clamp = (v: number, hi: number) => Math.min(hi, Math.max(0, v));
  return { x: clamp(d.x + gaussian(rng) * d.sigma, CITY_W), y: clamp(d.y + gaussian(rng) * d.sigma, CITY_H) };
}

function window(rng: Rng, duration: number): [number, number] {
  const kind = pick(rng, [0.45, 0.35, 0.1, 0.1]);
  if (kind === 0) {
    const e = 480 + 30 * Math.floor(rng() * 3); // 08:00, 08:30, 09:00
    return [e, e + 90];
  }
  if (kind === 1) {
    const e = 780 + 30 * Math.floor(rng() * 3); // 13:00 – 14:00
    return [e, Math.min(e + 90, 1080 - duration)];
  }
  if (kind === 2) {
    const t = 480 + 30 * Math.floor(rng() * ((1080 - duration - 480) / 30 + 1)); // an exact time
    return [t, t];
  }
  return [480, 1080 - duration]; // any time of the day
}

function shift(rng: Rng): [number, number, number] {
  const kind = pick(rng, [0.7, 0.1, 0.1, 0.1]);
  if (kind === 0) return [480, 1080, 480]; // 08:00–18:00
  if (kind === 1) return [540, 1020, 420]; // 09:00–17:00
  if (kind === 2) return [480, 780, 240]; // part-time mornings
  return [780, 1080, 240]; // part-time afternoons
}

export function generate(opts: GenerateOptions): PlanInstance {
  const rng = mulberry32(opts.seed);
  const radius = opts.radiusKm ?? 15;
  const maxEdges = opts.maxEdgesPerJob ?? 200;
  const ds = districts(rng);
  const orderW = ds.map((d) => d.orderWeight);
  const homeW = ds.map((d) => d.homeWeight);

  const workers: PlanWorker[] = [];
  const wSkills = new Uint8Array(opts.workers);
  const wTier = new Uint8Array(opts.workers);
  const wQuality = new Float64Array(opts.workers); // rating, experience, fairness part of the score
  for (let i = 0; i < opts.workers; i++) {
    const home = place(rng, ds, homeW);
    const [shiftStart, shiftEnd, maxWorkMinutes] = shift(rng);
    workers.push({ id: `wkr_${i}`, x: home.x, y: home.y, shiftStart, shiftEnd, maxWorkMinutes });
    let skills = 0;
    for (let s = 0; s < WORKER_SKILL.length; s++) if (rng() < WORKER_SKILL[s]!) skills |= 1 << s;
    wSkills[i] = skills || 1;
    const tier = pick(rng, WORKER_TIER);
    wTier[i] = tier;
    const rating = 5 - 1.5 * rng() ** 2; // 3.5–5.0, most near the top
    const years = Math.min(15, tier * 3 + rng() * 5);
    const recentJobs = Math.floor(rng() * 13); // last 7 days: fewer → fairness bonus
    wQuality[i] =
      0.25 * ((rating - 3.5) / 1.5) + 0.15 * (Math.min(years, 10) / 10) + 0.15 * (1 - recentJobs / 12);
  }

  const jobs: PlanJob[] = [];
  const jSkill = new Uint8Array(opts.jobs);
  const jTier = new Uint8Array(opts.jobs);
  for (let i = 0; i < opts.jobs; i++) {
    const at = place(rng, ds, orderW);
    const duration = DURATIONS[pick(rng, DURATION_SHARE)]!;
    const [earliestStart, latestStart] = window(rng, duration);
    jobs.push({ id: `job_${i}`, earliestStart, latestStart, duration, x: at.x, y: at.y });
    jSkill[i] = pick(rng, ORDER_SKILL);
    jTier[i] = pick(rng, ORDER_MIN_TIER);
  }

  // Grid index of worker homes, cells of 2.5 km.
  const cell = 2.5;
  const gw = Math.ceil(CITY_W / cell) + 1;
  const gh = Math.ceil(CITY_H / cell) + 1;
  const buckets: number[][] = Array.from({ length: gw * gh }, () => []);
  const cellOf = (v: number, n: number) => Math.min(n - 1, Math.max(0, Math.floor(v / cell)));
  workers.forEach((w, i) => {
    buckets[cellOf(w.y, gh) * gw + cellOf(w.x, gw)]!.push(i);
  });

  const edges: PlanEdge[] = [];
  const reach = Math.ceil(radius / cell);
  const candW = new Int32Array(opts.workers);
  const candD = new Float64Array(opts.workers);
  const homeX = Float64Array.from(workers, (w) => w.x);
  const homeY = Float64Array.from(workers, (w) => w.y);
  const r2 = radius * radius;
  for (let j = 0; j < jobs.length; j++) {
    const job = jobs[j]!;
    const skillBit = 1 << jSkill[j]!;
    const cx = cellOf(job.x, gw);
    const cy = cellOf(job.y, gh);
    let m = 0;
    for (let gy = Math.max(0, cy - reach); gy <= Math.min(gh - 1, cy + reach); gy++) {
      for (let gx = Math.max(0, cx - reach); gx <= Math.min(gw - 1, cx + reach); gx++) {
        for (const w of buckets[gy * gw + gx]!) {
          if (!(wSkills[w]! & skillBit) || wTier[w]! < jTier[j]!) continue;
          const dx = homeX[w]! - job.x;
          const dy = homeY[w]! - job.y;
          const d2 = dx * dx + dy * dy;
          if (d2 > r2) continue;
          candW[m] = w;
          candD[m++] = d2; // squared until the selection is done
        }
      }
    }
    // keep the nearest maxEdges: distance cut-off by selection, ties by worker index
    const cut = m > maxEdges ? kthSmallest(candD.slice(0, m), maxEdges - 1) : Number.POSITIVE_INFINITY;
    const keep: number[] = [];
    const ties: number[] = [];
    for (let k = 0; k < m; k++) {
      if (candD[k]! < cut) keep.push(k);
      else if (candD[k] === cut) ties.push(k);
    }
    ties.sort((a, b) => candW[a]! - candW[b]!);
    for (const k of ties) if (keep.length < maxEdges) keep.push(k);
    keep.sort((a, b) => candW[a]! - candW[b]!);
    for (const k of keep) {
      const w = candW[k]!;
      const d = Math.hypot(homeX[w]! - job.x, homeY[w]! - job.y);
      const raw = 100 * (0.45 * (1 - d / radius) + wQuality[w]!);
      const score = Math.round(Math.min(100, Math.max(0.5, raw)) * 100) / 100;
      edges.push({ job: j, worker: w, score });
    }
  }
  return { jobs, workers, edges, speedKmh: opts.speedKmh ?? 25 };
}

/** The k-th smallest value (0-based) of `a` (reordered in place): Hoare's quickselect. */
function kthSmallest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}
