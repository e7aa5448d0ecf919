import type { PlanInstance, PlanJob, PlanWorker } from './types.ts';

/**
 * Travel and one worker's timetable. A day is a list of jobs in visiting order; its timetable is
 * the earliest-start schedule: each job starts as soon as she can be there and its window opens.
 * Starting as early as possible never hurts a later job (every constraint is "start >= …" except
 * the job's own latestStart and the shift end), so an order is feasible iff its earliest-start
 * schedule is — which is why the optimizer only ever needs this one schedule per order.
 */

/** Travel minutes between two points: ceil(euclidean km / speed * 60). */
export function travelMinutes(ax: number, ay: number, bx: number, by: number, speedKmh: number): number {
  const dx = ax - bx;
  const dy = ay - by;
  return Math.ceil((Math.sqrt(dx * dx + dy * dy) / speedKmh) * 60);
}

export const homeToJob = (w: PlanWorker, j: PlanJob, speedKmh: number) =>
  travelMinutes(w.x, w.y, j.x, j.y, speedKmh);
export const jobToJob = (a: PlanJob, b: PlanJob, speedKmh: number) =>
  travelMinutes(a.x, a.y, b.x, b.y, speedKmh);

/**
 * Earliest-start timetable of worker `w` doing `route` (job indices) in that order, or null when
 * some window, the shift end or maxWorkMinutes cannot be met. `out` (optional) receives the starts.
 */
export function scheduleRoute(inst: PlanInstance, w: number, route: readonly number[], out?: number[]) {
  const worker = inst.workers[w]!;
  let work = 0;
  let prev: PlanJob | undefined;
  let free = worker.shiftStart; // the minute she is free at her current position
  for (let k = 0; k < route.length; k++) {
    const job = inst.jobs[route[k]!]!;
    const travel = prev ? jobToJob(prev, job, inst.speedKmh) : homeToJob(worker, job, inst.speedKmh);
    const start = Math.max(job.earliestStart, free + travel);
    if (start > job.latestStart || start + job.duration > worker.shiftEnd) return null;
    work += job.duration;
    if (work > worker.maxWorkMinutes) return null;
    if (out) out[k] = start;
    free = start + job.duration;
    prev = job;
  }
  if (out) out.length = route.length;
  return out ?? [];
}

/**
 * Feasibility of `route` with `job` inserted before position `pos`, without building the array.
 * Returns the day's "span" (minute the last job ends, plus all travel: smaller leaves more room
 * for later insertions) or -1 when infeasible.
 */
function spanWithInsert(
  inst: PlanInstance,
  w: number,
  route: readonly number[],
  job: number,
  pos: number,
): number {
  const worker = inst.workers[w]!;
  const { jobs, speedKmh } = inst;
  let work = 0;
  let travelSum = 0;
  let prev: PlanJob | undefined;
  let free = worker.shiftStart;
  const len = route.length + 1;
  for (let k = 0; k < len; k++) {
    const j = jobs[k === pos ? job : route[k < pos ? k : k - 1]!]!;
    const travel = prev ? jobToJob(prev, j, speedKmh) : homeToJob(worker, j, speedKmh);
    const start = Math.max(j.earliestStart, free + travel);
    if (start > j.latestStart || start + j.duration > worker.shiftEnd) return -1;
    work += j.duration;
    if (work > worker.maxWorkMinutes) return -1;
    travelSum += travel;
    free = start + j.duration;
    prev = j;
  }
  return free + travelSum;
}

/**
 * The best way to add `job` to `route`: among all insertion positions that keep the day feasible,
 * the one whose day ends earliest with the least travel, leaving the most room for later jobs.
 * Returns the new route or null when no position works.
 */
export function insertJob(
  inst: PlanInstance,
  w: number,
  route: readonly number[],
  job: number,
): number[] | null {
  let bestPos = -1;
  let bestSpan = Number.POSITIVE_INFINITY;
  for (let p = 0; p <= route.length; p++) {
    const span = spanWithInsert(inst, w, route, job, p);
    if (span >= 0 && span < bestSpan) {
      bestSpan = span;
      bestPos = p;
    }
  }
  if (bestPos >= 0) return [...route.slice(0, bestPos), job, ...route.slice(bestPos)];
  return route.length + 1 <= MAX_RESEQUENCE ? resequence(inst, w, [...route, job]) : null;
}

/**
 * Re-ordering: a job may fit only if the day's other jobs change order (e.g. an early fixed-time
 * job must go first). Days are short (2–4 jobs), so when plain insertion fails we try every order
 * of up to MAX_RESEQUENCE jobs and keep the feasible one with the smallest span.
 */
const MAX_RESEQUENCE = 4;
const PERMS: number[][][] = [[[]]];
for (let n = 1; n <= MAX_RESEQUENCE; n++)
  PERMS.push(
    PERMS[n - 1]!.flatMap((p) =>
      Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
    ),
  );

function resequence(inst: PlanInstance, w: number, jobs: readonly number[]): number[] | null {
  let work = 0;
  for (const j of jobs) work += inst.jobs[j]!.duration;
  if (work > inst.workers[w]!.maxWorkMinutes) return null;
  let best: number[] | null = null;
  let bestSpan = Number.POSITIVE_INFINITY;
  const head = jobs.slice(0, -1);
  const last = jobs[jobs.length - 1]!;
  for (const perm of PERMS[head.length]!) {
    const order = perm.map((i) => head[i]!);
    // the new job's own positions were already tried for the current order only
    const span = spanWithInsert(inst, w, order, last, 0);
    for (let p = 0; p <= order.length; p++) {
      const s = p === 0 ? span : spanWithInsert(inst, w, order, last, p);
      if (s >= 0 && s < bestSpan) {
        bestSpan = s;
        best = [...order.slice(0, p), last, ...order.slice(p)];
      }
    }
  }
  return best;
}

/** Whether `job` alone fits worker `w`'s day (edges failing this can never be used). */
export function fitsAlone(inst: PlanInstance, w: number, job: number): boolean {
  return scheduleRoute(inst, w, [job]) !== null;
}
