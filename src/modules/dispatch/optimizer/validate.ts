import { homeToJob, jobToJob } from './schedule.ts';
import type { PlanInstance, PlanResult } from './types.ts';

/**
 * Independent checker of a plan, written from the problem statement rather than from the
 * optimizer's own scheduling code (only the travel formula is shared). Tests and the benchmark run
 * it on every result.
 */

export type Visit = { job: number; start: number };

/** Why worker `w`'s day (her visits, any order) is infeasible, or null when it is feasible. */
export function dayViolation(inst: PlanInstance, w: number, visits: readonly Visit[]): string | null {
  const worker = inst.workers[w];
  if (!worker) return `worker ${w} does not exist`;
  const day = [...visits].sort((a, b) => a.start - b.start);
  let work = 0;
  for (let k = 0; k < day.length; k++) {
    const { job: j, start } = day[k]!;
    const job = inst.jobs[j];
    if (!job) return `job ${j} does not exist`;
    if (!Number.isFinite(start)) return `job ${j}: start ${start} is not a number`;
    if (start < job.earliestStart || start > job.latestStart)
      return `job ${j}: start ${start} outside [${job.earliestStart}, ${job.latestStart}]`;
    if (start + job.duration > worker.shiftEnd) return `job ${j}: ends after worker ${w}'s shift`;
    work += job.duration;
    const prev = k > 0 ? day[k - 1]! : undefined;
    if (!prev) {
      const ready = worker.shiftStart + homeToJob(worker, job, inst.speedKmh);
      if (start < ready) return `job ${j}: worker ${w} cannot arrive from home before ${ready}`;
    } else {
      const a = inst.jobs[prev.job]!;
      const ready = prev.start + a.duration + jobToJob(a, job, inst.speedKmh);
      if (start < ready) return `job ${j}: worker ${w} cannot arrive from job ${prev.job} before ${ready}`;
    }
  }
  if (work > worker.maxWorkMinutes) return `worker ${w}: ${work} work minutes > ${worker.maxWorkMinutes}`;
  return null;
}

export const isFeasibleDay = (inst: PlanInstance, w: number, visits: readonly Visit[]) =>
  dayViolation(inst, w, visits) === null;

export type ValidateOptions = {
  /** 'day' (default): whole-day rules. 'assignment': at most one job per worker, time ignored. */
  mode?: 'day' | 'assignment';
};

/**
 * All violations of `result`: unknown or duplicate jobs, pairs not listed in `edges`, infeasible
 * days (mode 'day') or a worker with two jobs (mode 'assignment'), and an objective that is not
 * the sum of the assigned pairs' scores. Empty list = valid.
 */
export function validatePlan(inst: PlanInstance, result: PlanResult, opts: ValidateOptions = {}): string[] {
  const errors: string[] = [];
  const score = new Map<number, number>();
  const key = (j: number, w: number) => j * inst.workers.length + w;
  for (const e of inst.edges)
    score.set(key(e.job, e.worker), Math.max(score.get(key(e.job, e.worker)) ?? 0, e.score));
  const seen = new Set<number>();
  const byWorker = new Map<number, Visit[]>();
  let total = 0;
  for (const a of result.assignments) {
    if (!Number.isInteger(a.job) || a.job < 0 || a.job >= inst.jobs.length) {
      errors.push(`unknown job ${a.job}`);
      continue;
    }
    if (!Number.isInteger(a.worker) || a.worker < 0 || a.worker >= inst.workers.length) {
      errors.push(`unknown worker ${a.worker}`);
      continue;
    }
    if (seen.has(a.job)) errors.push(`job ${a.job} assigned twice`);
    seen.add(a.job);
    const s = score.get(key(a.job, a.worker));
    if (s === undefined) errors.push(`job ${a.job} → worker ${a.worker} is not an eligible pair`);
    total += s ?? 0;
    const day = byWorker.get(a.worker) ?? [];
    day.push({ job: a.job, start: a.start });
    byWorker.set(a.worker, day);
  }
  for (const [w, visits] of byWorker) {
    if (opts.mode === 'assignment') {
      if (visits.length > 1) errors.push(`worker ${w} has ${visits.length} jobs`);
    } else {
      const why = dayViolation(inst, w, visits);
      if (why) errors.push(why);
    }
  }
  if (Math.abs(total - result.objective) > 1e-9 * Math.max(1, Math.abs(total)))
    errors.push(`objective ${result.objective} but the assigned scores sum to ${total}`);
  return errors;
}
