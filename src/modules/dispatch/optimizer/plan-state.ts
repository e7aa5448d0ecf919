import { edgesByJob } from './assignment.ts';
import { fitsAlone, insertJob, scheduleRoute } from './schedule.ts';
import type { PlanInstance, PlanResult } from './types.ts';

/**
 * The mutable state of a whole-day plan: each worker's day as an ordered list of jobs (always
 * feasible — every change goes through insertJob / removal, and removing a job keeps a day
 * feasible because rounded travel obeys the triangle inequality), who does each job, and at what
 * score. Candidate workers of each job are the listed pairs that fit her day on their own, sorted
 * by score, best first.
 */
export class PlanState {
  readonly routes: number[][];
  readonly workerOf: Int32Array;
  readonly scoreOf: Float64Array;
  /** Candidates of job j: candWorker/candScore[candStart[j] .. candStart[j+1]-1], best first. */
  readonly candStart: Int32Array;
  readonly candWorker: Int32Array;
  readonly candScore: Float64Array;
  objective = 0;

  constructor(readonly inst: PlanInstance) {
    const n = inst.jobs.length;
    this.routes = inst.workers.map(() => []);
    this.workerOf = new Int32Array(n).fill(-1);
    this.scoreOf = new Float64Array(n);
    const csr = edgesByJob(n, inst.edges);
    const lists: { w: number; s: number }[][] = [];
    let total = 0;
    for (let j = 0; j < n; j++) {
      const list: { w: number; s: number }[] = [];
      for (let e = csr.rowStart[j]!; e < csr.rowStart[j + 1]!; e++) {
        const w = csr.colOf[e]!;
        if (fitsAlone(inst, w, j)) list.push({ w, s: csr.weight[e]! });
      }
      list.sort((a, b) => b.s - a.s || a.w - b.w);
      // a pair listed twice counts with its best score (as in validatePlan)
      const seen = new Set<number>();
      const unique = list.filter(({ w }) => !seen.has(w) && seen.add(w));
      lists.push(unique);
      total += unique.length;
    }
    this.candStart = new Int32Array(n + 1);
    this.candWorker = new Int32Array(total);
    this.candScore = new Float64Array(total);
    let at = 0;
    lists.forEach((list, j) => {
      for (const { w, s } of list) {
        this.candWorker[at] = w;
        this.candScore[at++] = s;
      }
      this.candStart[j + 1] = at;
    });
  }

  /** Best score job j could get anywhere (0 if it has no usable pair). */
  bestScore(j: number): number {
    return this.candStart[j + 1]! > this.candStart[j]! ? this.candScore[this.candStart[j]!]! : 0;
  }

  scoreWith(j: number, w: number): number {
    for (let c = this.candStart[j]!; c < this.candStart[j + 1]!; c++)
      if (this.candWorker[c] === w) return this.candScore[c]!;
    return 0;
  }

  tryInsert(j: number, w: number, route: readonly number[] = this.routes[w]!): number[] | null {
    return insertJob(this.inst, w, route, j);
  }

  /** Puts j (currently unassigned) on w with the given new day (which must contain j). */
  place(j: number, w: number, route: number[], score: number) {
    this.routes[w] = route;
    this.workerOf[j] = w;
    this.scoreOf[j] = score;
    this.objective += score;
  }

  remove(j: number) {
    const w = this.workerOf[j]!;
    if (w < 0) return;
    this.routes[w] = this.routes[w]!.filter((k) => k !== j);
    this.objective -= this.scoreOf[j]!;
    this.workerOf[j] = -1;
    this.scoreOf[j] = 0;
  }

  /** Tries to add j to its best candidate that has room; returns whether it was placed. */
  insertGreedy(j: number): boolean {
    for (let c = this.candStart[j]!; c < this.candStart[j + 1]!; c++) {
      const w = this.candWorker[c]!;
      const route = this.tryInsert(j, w);
      if (route) {
        this.place(j, w, route, this.candScore[c]!);
        return true;
      }
    }
    return false;
  }

  toResult(): PlanResult {
    const assignments: PlanResult['assignments'] = [];
    let objective = 0;
    this.routes.forEach((route, w) => {
      const starts = scheduleRoute(this.inst, w, route, []);
      if (!starts) throw new Error(`internal error: worker ${w}'s day became infeasible`);
      route.forEach((j, k) => {
        assignments.push({ job: j, worker: w, start: starts[k]! });
        objective += this.scoreOf[j]!;
      });
    });
    return { assignments, objective };
  }

  snapshot() {
    return {
      routes: this.routes.map((r) => [...r]),
      workerOf: this.workerOf.slice(),
      scoreOf: this.scoreOf.slice(),
      objective: this.objective,
    };
  }

  restore(s: ReturnType<PlanState['snapshot']>) {
    s.routes.forEach((r, w) => {
      this.routes[w] = [...r];
    });
    this.workerOf.set(s.workerOf);
    this.scoreOf.set(s.scoreOf);
    this.objective = s.objective;
  }
}
