import { improve } from './local-search.ts';
import type { PlanState } from './plan-state.ts';
import type { Rng } from './prng.ts';

/**
 * Ruin and recreate (Schrimpf et al., 2000) with simulated-annealing acceptance, to leave the
 * local optima of local-search.ts — e.g. when the optimum needs a chain of several workers to
 * swap jobs. Each round:
 *   ruin: unassign a group of related jobs — all jobs of a few workers who share candidates
 *     (their days are then re-planned together), a spatial cluster, or a random handful;
 *   recreate: insert the freed and the unassigned jobs, in order of their best score with random
 *     noise, each into its best candidate worker with room; then local search;
 *   accept: the new plan if it is not worse, or with probability exp(Δ / T), T falling linearly
 *     from 10% of the mean assigned score to 0 over the run (rounds or time); the best plan seen
 *     is kept and returned. The search stops early if every job has its best possible worker.
 * Every step keeps every day feasible, so any state is a valid plan.
 */
export type RuinOptions = { deadline: number; maxRounds: number; rng: Rng };

function relatedWorkers(st: PlanState, rng: Rng, n: number): number[] {
  const jobs = st.inst.jobs.length;
  const seed = Math.floor(rng() * jobs);
  const ws = new Set<number>();
  const w0 = st.workerOf[seed]!;
  if (w0 >= 0) ws.add(w0);
  // the seed job's candidate workers, then those of the jobs they do
  const frontier = [seed];
  while (ws.size < n && frontier.length > 0) {
    const j = frontier.shift()!;
    const lo = st.candStart[j]!;
    const hi = st.candStart[j + 1]!;
    for (let t = 0; t < 3 && hi > lo; t++) {
      const w = st.candWorker[lo + Math.floor(rng() * Math.min(hi - lo, 8))]!;
      if (!ws.has(w)) {
        ws.add(w);
        frontier.push(...st.routes[w]!);
      }
      if (ws.size >= n) break;
    }
  }
  return [...ws];
}

function ruin(st: PlanState, rng: Rng): number[] {
  const { jobs } = st.inst;
  const assigned: number[] = [];
  for (let j = 0; j < jobs.length; j++) if (st.workerOf[j]! >= 0) assigned.push(j);
  if (assigned.length === 0) return [];
  const size = Math.max(2, Math.min(40, Math.round(assigned.length * (0.05 + 0.25 * rng()))));
  const kind = rng();
  let out: number[];
  if (kind < 0.5) {
    out = relatedWorkers(st, rng, 2 + Math.floor(rng() * 3)).flatMap((w) => st.routes[w]!);
  } else if (kind < 0.8) {
    const c = jobs[assigned[Math.floor(rng() * assigned.length)]!]!;
    const dist = (j: number) => Math.hypot(jobs[j]!.x - c.x, jobs[j]!.y - c.y);
    out = assigned
      .map((j) => ({ j, d: dist(j) }))
      .sort((a, b) => a.d - b.d)
      .slice(0, size)
      .map((p) => p.j);
  } else {
    out = [];
    for (let t = 0; t < size; t++) out.push(assigned[Math.floor(rng() * assigned.length)]!);
  }
  const unique = [...new Set(out)];
  for (const j of unique) st.remove(j);
  return unique;
}

function recreate(st: PlanState, rng: Rng, freed: number[]) {
  const n = st.inst.jobs.length;
  const todo = new Set(freed);
  for (let j = 0; j < n; j++) if (st.workerOf[j]! < 0 && st.bestScore(j) > 0) todo.add(j);
  const noisy = [...todo].map((j) => ({ j, k: st.bestScore(j) * (0.75 + 0.5 * rng()) }));
  noisy.sort((a, b) => b.k - a.k);
  for (const { j } of noisy) st.insertGreedy(j);
}

export function ruinAndRecreate(st: PlanState, opts: RuinOptions): number {
  const t0 = performance.now();
  const span = Math.max(1, opts.deadline - t0);
  let best = st.snapshot();
  let current = st.objective;
  const meanScore = current / Math.max(1, st.workerOf.filter((w) => w >= 0).length);
  const t0Temp = 0.1 * meanScore;
  // Σ of each job's best score: reaching it means every job has its best worker — optimal.
  let ceiling = 0;
  for (let j = 0; j < st.inst.jobs.length; j++) ceiling += st.bestScore(j);
  let round = 0;
  while (round < opts.maxRounds && best.objective < ceiling - 1e-9) {
    const now = performance.now();
    if (now >= opts.deadline) break;
    // share of the run done: by rounds when they are limited (deterministic), else by time
    const progress = Number.isFinite(opts.maxRounds) ? round / opts.maxRounds : (now - t0) / span;
    round++;
    const before = st.snapshot();
    recreate(st, opts.rng, ruin(st, opts.rng));
    improve(st, opts.deadline);
    const delta = st.objective - current;
    const temp = t0Temp * (1 - progress);
    if (delta >= -1e-9 || (temp > 0 && opts.rng() < Math.exp(delta / temp))) {
      current = st.objective;
      if (current > best.objective + 1e-9) best = st.snapshot();
    } else {
      st.restore(before);
    }
  }
  st.restore(best);
  return round;
}
