import fc from 'fast-check';
import { scheduleRoute } from './schedule.ts';
import type { PlanEdge, PlanInstance, PlanJob, PlanWorker } from './types.ts';

/** Test helpers (used only by *.test.ts): random instances and brute-force optima. */

/** fast-check arbitrary of small whole-day instances with arbitrary windows, shifts and edges. */
export function arbInstance(maxJobs: number, maxWorkers: number): fc.Arbitrary<PlanInstance> {
  const job = fc
    .record({
      e: fc.integer({ min: 420, max: 1000 }),
      slack: fc.integer({ min: 0, max: 240 }),
      duration: fc.constantFrom(60, 90, 120, 180, 240),
      x: fc.double({ min: 0, max: 20, noNaN: true }),
      y: fc.double({ min: 0, max: 20, noNaN: true }),
    })
    .map(
      ({ e, slack, duration, x, y }): PlanJob => ({
        id: 'j',
        earliestStart: e,
        latestStart: e + slack,
        duration,
        x,
        y,
      }),
    );
  const worker = fc
    .record({
      s: fc.integer({ min: 420, max: 800 }),
      len: fc.integer({ min: 120, max: 660 }),
      max: fc.integer({ min: 60, max: 600 }),
      x: fc.double({ min: 0, max: 20, noNaN: true }),
      y: fc.double({ min: 0, max: 20, noNaN: true }),
    })
    .map(
      ({ s, len, max, x, y }): PlanWorker => ({
        id: 'w',
        x,
        y,
        shiftStart: s,
        shiftEnd: s + len,
        maxWorkMinutes: max,
      }),
    );
  return fc
    .record({
      jobs: fc.array(job, { minLength: 1, maxLength: maxJobs }),
      workers: fc.array(worker, { minLength: 1, maxLength: maxWorkers }),
      speedKmh: fc.constantFrom(15, 25, 40),
      density: fc.double({ min: 0.2, max: 1, noNaN: true }),
      seed: fc.integer(),
    })
    .chain(({ jobs, workers, speedKmh, density }) =>
      fc
        .array(
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: 0.01, max: 100, noNaN: true }),
          ),
          {
            minLength: jobs.length * workers.length,
            maxLength: jobs.length * workers.length,
          },
        )
        .map((cells): PlanInstance => {
          const edges: PlanEdge[] = [];
          cells.forEach(([keep, score], k) => {
            if (keep < density)
              edges.push({ job: Math.floor(k / workers.length), worker: k % workers.length, score });
          });
          return { jobs, workers, edges, speedKmh };
        }),
    );
}

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

/** Whether worker w can do exactly this set of jobs (some order works). */
export function setFeasible(inst: PlanInstance, w: number, jobs: number[]): boolean {
  return permutations(jobs).some((order) => scheduleRoute(inst, w, order) !== null);
}

/**
 * Exact optimum by enumeration: each job to one of its eligible workers or to nobody. `perWorker`
 * decides whether a worker's set is allowed (one job for the assignment, a feasible day otherwise).
 */
export function bruteForce(inst: PlanInstance, perWorker: (w: number, jobs: number[]) => boolean): number {
  const options = inst.jobs.map((_, j) => inst.edges.filter((e) => e.job === j));
  const sets: number[][] = inst.workers.map(() => []);
  let best = 0;
  const go = (j: number, total: number) => {
    if (j === inst.jobs.length) {
      best = Math.max(best, total);
      return;
    }
    go(j + 1, total);
    for (const e of options[j]!) {
      const set = sets[e.worker]!;
      set.push(j);
      if (perWorker(e.worker, set)) go(j + 1, total + e.score);
      set.pop();
    }
  };
  go(0, 0);
  return best;
}
