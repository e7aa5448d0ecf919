import { maxWeightBMatching } from './matching.ts';
import { fitsAlone, homeToJob } from './schedule.ts';
import type { PlanEdge, PlanInstance } from './types.ts';

/**
 * An upper bound on the whole-day optimum, computed exactly:
 *   the maximum-weight b-matching in which worker w may take up to cap_w jobs, over the pairs
 *   that fit her day on their own, with time and travel otherwise ignored.
 * cap_w = the largest k such that the k shortest of her usable jobs fit into
 *   min(maxWorkMinutes, shiftEnd - (shiftStart + shortest travel from home to a usable job)).
 * Why it is valid: take any feasible plan. Every pair it uses fits her day alone (a sub-day of a
 * feasible day is feasible). Her jobs do not overlap, lie inside [first arrival, shiftEnd], and
 * their durations add up to at most maxWorkMinutes; so k jobs need at least the sum of the k
 * shortest durations within that room, i.e. she does at most cap_w jobs. Hence the plan is a
 * b-matching of the relaxation, and its score is at most the relaxation's optimum, which
 * matching.ts computes exactly (successive shortest paths; the b-matching LP is integral).
 */
export type Relaxation = { edges: PlanEdge[]; cap: Int32Array };

export function relaxation(inst: PlanInstance): Relaxation {
  const edges = inst.edges.filter((e) => fitsAlone(inst, e.worker, e.job));
  const durs: number[][] = inst.workers.map(() => []);
  const reach = new Float64Array(inst.workers.length).fill(Number.POSITIVE_INFINITY);
  for (const e of edges) {
    const job = inst.jobs[e.job]!;
    durs[e.worker]!.push(job.duration);
    const t = homeToJob(inst.workers[e.worker]!, job, inst.speedKmh);
    if (t < reach[e.worker]!) reach[e.worker] = t;
  }
  const cap = new Int32Array(inst.workers.length);
  inst.workers.forEach((w, i) => {
    const ds = durs[i]!.sort((a, b) => a - b);
    const room = Math.min(w.maxWorkMinutes, w.shiftEnd - (w.shiftStart + reach[i]!));
    let used = 0;
    let k = 0;
    while (k < ds.length && used + ds[k]! <= room) used += ds[k++]!;
    cap[i] = k;
  });
  return { edges, cap };
}

/** Builds the CSR graph of a relaxation and solves it; returns per-job CSR edge (or -1). */
export function solveRelaxation(inst: PlanInstance, rel: Relaxation) {
  const n = inst.jobs.length;
  const rowStart = new Int32Array(n + 1);
  for (const e of rel.edges) rowStart[e.job + 1] = rowStart[e.job + 1]! + 1;
  for (let i = 0; i < n; i++) rowStart[i + 1] = rowStart[i + 1]! + rowStart[i]!;
  const fill = rowStart.slice(0, n);
  const colOf = new Int32Array(rel.edges.length);
  const weight = new Float64Array(rel.edges.length);
  for (const e of rel.edges) {
    const at = fill[e.job]!;
    fill[e.job] = at + 1;
    colOf[at] = e.worker;
    weight[at] = e.score;
  }
  const m = maxWeightBMatching({ rows: n, cols: inst.workers.length, rowStart, colOf, weight, cap: rel.cap });
  const workerOfJob = new Int32Array(n).fill(-1);
  for (let j = 0; j < n; j++) if (m.edgeOfRow[j]! >= 0) workerOfJob[j] = colOf[m.edgeOfRow[j]!]!;
  return { total: m.total, workerOfJob };
}

export const BOUND_METHOD =
  'exact max-weight b-matching over pairs that fit alone, cap_w = most shortest usable jobs fitting min(maxWork, shift after first travel)';

/** The upper bound (see above). */
export function dayPlanUpperBound(inst: PlanInstance): { value: number; method: string } {
  return { value: solveRelaxation(inst, relaxation(inst)).total, method: BOUND_METHOD };
}
