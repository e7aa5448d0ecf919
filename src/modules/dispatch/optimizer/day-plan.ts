import { relaxation, solveRelaxation } from './bound.ts';
import { improve } from './local-search.ts';
import { PlanState } from './plan-state.ts';
import { mulberry32 } from './prng.ts';
import { ruinAndRecreate } from './ruin-recreate.ts';
import type { PlanInstance, PlanResult } from './types.ts';

export type PlanDayOptions = {
  /** Wall-clock budget of the whole call (default 2,000 ms). The construction always completes,
   * even if it takes longer; local search and ruin-and-recreate stop at the budget. */
  timeBudgetMs?: number;
  /** Seed of the ruin-and-recreate phase (default 1). */
  seed?: number;
  /** Stop ruin-and-recreate after this many rounds (default: only the time budget stops it). With a
   * generous budget this makes the result deterministic (tests use it). */
  maxRounds?: number;
};

/**
 * Whole-day plan: several jobs per worker, time windows, travel, shift and work-minute limits.
 * 1. Construction from the exact relaxation (bound.ts): the max-weight b-matching that ignores
 *    time says which worker each job "should" go to. Each worker's jobs are inserted into her day
 *    best score first (the feasible position that ends her day earliest, re-ordering the day if
 *    needed); what does not fit joins the pool.
 * 2. Pool jobs, best possible score first, go to their best candidate with room.
 * 3. Local search (local-search.ts): move / upgrade a job to a better worker, directly or by
 *    ejecting one or two jobs that are re-inserted elsewhere, until no move improves.
 * 4. While time remains: ruin and recreate with annealing acceptance (ruin-recreate.ts).
 * Every day is kept feasible at every step, so the result is always valid; its objective is at
 * most the relaxation's value, which is also the upper bound reported by the benchmark.
 */
export function planDay(inst: PlanInstance, opts: PlanDayOptions = {}): PlanResult {
  const t0 = performance.now();
  const deadline = t0 + (opts.timeBudgetMs ?? 2000);
  const st = new PlanState(inst);
  const n = inst.jobs.length;
  const { workerOfJob } = solveRelaxation(inst, relaxation(inst));
  const byScore = Array.from({ length: n }, (_, j) => j).sort(
    (a, b) => st.bestScore(b) - st.bestScore(a) || a - b,
  );
  const pool: number[] = [];
  const targetScore = (j: number, w: number) => st.scoreWith(j, w);
  // Jobs in order of their score with the relaxation's worker, highest first.
  const planned = byScore
    .filter((j) => workerOfJob[j]! >= 0)
    .sort((a, b) => targetScore(b, workerOfJob[b]!) - targetScore(a, workerOfJob[a]!) || a - b);
  for (const j of planned) {
    const w = workerOfJob[j]!;
    const route = st.tryInsert(j, w);
    if (route) st.place(j, w, route, targetScore(j, w));
    else pool.push(j);
  }
  for (const j of byScore) if (workerOfJob[j]! < 0) pool.push(j);
  pool.sort((a, b) => st.bestScore(b) - st.bestScore(a) || a - b);
  for (const j of pool) st.insertGreedy(j);
  improve(st, deadline);

  ruinAndRecreate(st, {
    deadline,
    maxRounds: opts.maxRounds ?? Number.POSITIVE_INFINITY,
    rng: mulberry32(opts.seed ?? 1),
  });
  return st.toResult();
}
