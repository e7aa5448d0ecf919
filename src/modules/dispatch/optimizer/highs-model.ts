import { fitsAlone, homeToJob, jobToJob, scheduleRoute } from './schedule.ts';
import type { PlanInstance, PlanResult } from './types.ts';

/**
 * Reference MIP models for the `highs` solver (HiGHS compiled to WASM), written as CPLEX LP text.
 * Used only by tests and the benchmark, to check the optimizer against a proven optimum; the
 * package is imported dynamically so product code never loads it.
 *
 * (i) Plain assignment: x_jw ∈ {0,1} per listed pair; Σ_w x_jw <= 1 per job; Σ_j x_jw <= 1 per
 *     worker; maximise Σ score·x.
 * (ii) Whole day, a big-M sequencing (disjunctive) formulation — chosen over a time-indexed one
 *   because windows span up to 10 h at minute resolution, which would need hundreds of time
 *   points per (job, worker) pair:
 *   x_jw ∈ {0,1} per listed pair that fits her day on its own (other pairs can never be used);
 *   s_j ∈ [earliestStart_j, latestStart_j] the job's start; y_ab ∈ {0,1} per pair of jobs a < b
 *   that share a worker ("a before b" if they end up on the same worker — one y per job pair is
 *   enough, since two jobs on different workers need no order);
 *   Σ_w x_jw <= 1; Σ_j duration_j·x_jw <= maxWorkMinutes_w;
 *   s_j >= e_j + (shiftStart_w + travel(home_w, j) - e_j)·x_jw           (reach her first job)
 *   s_j + M·x_jw <= shiftEnd_w - d_j + M, M = l_j - (shiftEnd_w - d_j)  (end inside the shift)
 *   for a < b both on w: s_b >= s_a + d_a + t_ab - M1·(3 - x_aw - x_bw - y_ab) and
 *                        s_a >= s_b + d_b + t_ab - M2·(2 - x_aw - x_bw + y_ab),
 *   with the smallest valid M's from the windows (M1 = d_a + t_ab + l_a - e_b, likewise M2); when
 *   neither order can work at all the pair gets x_aw + x_bw <= 1 instead.
 *   The model requires the gap for every ordered pair of her jobs (and the home-travel rule for
 *   every job), the problem only for consecutive ones (and the first). They are equivalent because
 *   rounded-up travel still obeys the triangle inequality: ceil(d_ac) <= ceil(d_ab + d_bc) <=
 *   ceil(d_ab) + ceil(d_bc). Tests check both directions: HiGHS' plan passes validatePlan, and our
 *   plans never beat HiGHS' optimum.
 */

type Highs = { solve: (lp: string, options?: Record<string, unknown>) => HighsSolution };
type HighsSolution = {
  Status: string;
  ObjectiveValue: number;
  Columns: Record<string, { Primal: number }>;
};

let loaded: Promise<Highs> | undefined;
/** One HiGHS runtime per process (each solve() still gets a fresh native solver). */
export function loadHighs(): Promise<Highs> {
  loaded ??= import('highs').then(async (m) => (await m.default()) as unknown as Highs);
  return loaded;
}

/** Accumulates an LP text with short lines (the LP reader dislikes huge lines). */
class LpWriter {
  private parts: string[] = [];
  private line = '';
  write(s: string) {
    this.line += s;
    if (this.line.length > 200) this.flush();
  }
  flush() {
    if (this.line) this.parts.push(this.line);
    this.line = '';
  }
  term(coef: number, name: string) {
    this.write(` ${coef < 0 ? '-' : '+'} ${Math.abs(coef)} ${name}`);
  }
  text() {
    this.flush();
    return this.parts.join('\n');
  }
}

const x = (j: number, w: number) => `x_${j}_${w}`;

export function assignmentLp(inst: PlanInstance): string {
  const lp = new LpWriter();
  const byJob: number[][] = inst.jobs.map(() => []);
  const byWorker: number[][] = inst.workers.map(() => []);
  lp.write('Maximize\n obj:');
  inst.edges.forEach((e, k) => {
    lp.term(e.score, x(e.job, e.worker));
    byJob[e.job]!.push(k);
    byWorker[e.worker]!.push(k);
  });
  lp.flush();
  lp.write('Subject To');
  lp.flush();
  const row = (name: string, ks: number[]) => {
    if (ks.length === 0) return;
    lp.write(` ${name}:`);
    for (const k of ks) lp.term(1, x(inst.edges[k]!.job, inst.edges[k]!.worker));
    lp.write(' <= 1');
    lp.flush();
  };
  byJob.forEach((ks, j) => {
    row(`j${j}`, ks);
  });
  byWorker.forEach((ks, w) => {
    row(`w${w}`, ks);
  });
  lp.write('Binaries');
  lp.flush();
  for (const e of inst.edges) lp.write(` ${x(e.job, e.worker)}`);
  lp.flush();
  lp.write('End');
  return lp.text();
}

export function dayPlanLp(inst: PlanInstance): string {
  const { jobs, workers } = inst;
  const usable = inst.edges.filter((e) => fitsAlone(inst, e.worker, e.job));
  const byWorker: number[][] = workers.map(() => []);
  const byJob: number[][] = jobs.map(() => []);
  for (const e of usable) {
    byWorker[e.worker]!.push(e.job);
    byJob[e.job]!.push(e.worker);
  }
  const lp = new LpWriter();
  lp.write('Maximize\n obj:');
  for (const e of usable) lp.term(e.score, x(e.job, e.worker));
  lp.flush();
  lp.write('Subject To');
  lp.flush();
  const ys = new Set<string>();
  let c = 0;
  const row = (terms: [number, string][], sense: string, rhs: number) => {
    lp.write(` c${c++}:`);
    for (const [k, v] of terms) lp.term(k, v);
    lp.write(` ${sense} ${rhs}`);
    lp.flush();
  };
  byJob.forEach((ws, j) => {
    if (ws.length > 1)
      row(
        ws.map((w) => [1, x(j, w)]),
        '<=',
        1,
      );
  });
  byWorker.forEach((js, w) => {
    const wk = workers[w]!;
    const total = js.reduce((t, j) => t + jobs[j]!.duration, 0);
    if (total > wk.maxWorkMinutes)
      row(
        js.map((j) => [jobs[j]!.duration, x(j, w)]),
        '<=',
        wk.maxWorkMinutes,
      );
    for (const j of js) {
      const job = jobs[j]!;
      const ready = wk.shiftStart + homeToJob(wk, job, inst.speedKmh);
      if (ready > job.earliestStart)
        row(
          [
            [1, `s_${j}`],
            [-(ready - job.earliestStart), x(j, w)],
          ],
          '>=',
          job.earliestStart,
        );
      const lastStart = wk.shiftEnd - job.duration;
      const m = job.latestStart - lastStart;
      if (m > 0)
        row(
          [
            [1, `s_${j}`],
            [m, x(j, w)],
          ],
          '<=',
          lastStart + m,
        );
    }
    const sorted = [...js].sort((a, b) => a - b);
    for (let p = 0; p < sorted.length; p++) {
      for (let q = p + 1; q < sorted.length; q++) {
        const a = sorted[p]!;
        const b = sorted[q]!;
        const A = jobs[a]!;
        const B = jobs[b]!;
        const t = jobToJob(A, B, inst.speedKmh);
        const abPossible = A.earliestStart + A.duration + t <= B.latestStart;
        const baPossible = B.earliestStart + B.duration + t <= A.latestStart;
        if (!abPossible && !baPossible) {
          row(
            [
              [1, x(a, w)],
              [1, x(b, w)],
            ],
            '<=',
            1,
          );
          continue;
        }
        const y = `y_${a}_${b}`;
        ys.add(y);
        const m1 = A.duration + t + A.latestStart - B.earliestStart;
        if (m1 > 0)
          row(
            [
              [1, `s_${b}`],
              [-1, `s_${a}`],
              [-m1, x(a, w)],
              [-m1, x(b, w)],
              [-m1, y],
            ],
            '>=',
            A.duration + t - 3 * m1,
          );
        const m2 = B.duration + t + B.latestStart - A.earliestStart;
        if (m2 > 0)
          row(
            [
              [1, `s_${a}`],
              [-1, `s_${b}`],
              [-m2, x(a, w)],
              [-m2, x(b, w)],
              [m2, y],
            ],
            '>=',
            B.duration + t - 2 * m2,
          );
      }
    }
  });
  lp.write('Bounds');
  lp.flush();
  byJob.forEach((ws, j) => {
    if (ws.length > 0) lp.write(` ${jobs[j]!.earliestStart} <= s_${j} <= ${jobs[j]!.latestStart}\n`);
  });
  lp.flush();
  lp.write('Binaries');
  lp.flush();
  for (const e of usable) lp.write(` ${x(e.job, e.worker)}`);
  for (const y of ys) lp.write(` ${y}`);
  lp.flush();
  lp.write('End');
  return lp.text();
}

export type HighsOutcome = { status: string; objective: number; ms: number; result?: PlanResult };

/**
 * Solves a model; for an optimal whole-day model also turns HiGHS' solution into a PlanResult
 * (each worker's jobs in HiGHS' order, re-timed by the earliest-start schedule) so it can be
 * validated like ours.
 */
export async function solveWithHighs(
  inst: PlanInstance,
  kind: 'assignment' | 'day',
  opts: { timeLimitSec?: number } = {},
): Promise<HighsOutcome> {
  const highs = await loadHighs();
  const lp = kind === 'assignment' ? assignmentLp(inst) : dayPlanLp(inst);
  const t0 = performance.now();
  const sol = highs.solve(lp, {
    time_limit: opts.timeLimitSec ?? 60,
    output_flag: false,
    mip_rel_gap: 1e-9,
    mip_abs_gap: 1e-9,
  });
  const ms = performance.now() - t0;
  const out: HighsOutcome = { status: sol.Status, objective: sol.ObjectiveValue, ms };
  if (sol.Status !== 'Optimal') return out;
  const score = new Map(inst.edges.map((e) => [x(e.job, e.worker), e]));
  const days = new Map<number, number[]>();
  for (const [name, col] of Object.entries(sol.Columns)) {
    const e = score.get(name);
    if (!e || col.Primal < 0.5) continue;
    days.set(e.worker, [...(days.get(e.worker) ?? []), e.job]);
  }
  const assignments: PlanResult['assignments'] = [];
  let objective = 0;
  const start = (j: number) => sol.Columns[`s_${j}`]?.Primal ?? inst.jobs[j]!.earliestStart;
  for (const [w, js] of days) {
    js.sort((a, b) => start(a) - start(b));
    const starts = kind === 'day' ? scheduleRoute(inst, w, js, []) : null;
    js.forEach((j, k) => {
      assignments.push({ job: j, worker: w, start: starts?.[k] ?? inst.jobs[j]!.earliestStart });
      objective += score.get(x(j, w))!.score;
    });
  }
  out.result = { assignments, objective };
  return out;
}
