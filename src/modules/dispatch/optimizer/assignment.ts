import { maxWeightBMatching } from './matching.ts';
import type { PlanEdge, PlanInstance, PlanResult } from './types.ts';

/** Sparse CSR view of the edge list, by job. `edgeAt[k]` maps CSR position k back to `edges`. */
export function edgesByJob(jobs: number, edges: readonly PlanEdge[]) {
  const rowStart = new Int32Array(jobs + 1);
  for (const e of edges) rowStart[e.job + 1] = rowStart[e.job + 1]! + 1;
  for (let i = 0; i < jobs; i++) rowStart[i + 1] = rowStart[i + 1]! + rowStart[i]!;
  const fill = rowStart.slice(0, jobs);
  const colOf = new Int32Array(edges.length);
  const weight = new Float64Array(edges.length);
  const edgeAt = new Int32Array(edges.length);
  for (let k = 0; k < edges.length; k++) {
    const e = edges[k]!;
    const at = fill[e.job]!;
    fill[e.job] = at + 1;
    colOf[at] = e.worker;
    weight[at] = e.score;
    edgeAt[at] = k;
  }
  return { rowStart, colOf, weight, edgeAt };
}

/**
 * Plain assignment: each worker takes at most one job, each job at most one worker, maximise the
 * total score over the listed pairs; time and travel are ignored. Exact (see matching.ts).
 * A job's `start` is its earliestStart (time is not planned here).
 */
export function assignExact(inst: PlanInstance): PlanResult {
  const csr = edgesByJob(inst.jobs.length, inst.edges);
  const { edgeOfRow } = maxWeightBMatching({
    rows: inst.jobs.length,
    cols: inst.workers.length,
    rowStart: csr.rowStart,
    colOf: csr.colOf,
    weight: csr.weight,
    cap: new Int32Array(inst.workers.length).fill(1),
  });
  const assignments: PlanResult['assignments'] = [];
  let objective = 0;
  for (let i = 0; i < inst.jobs.length; i++) {
    const at = edgeOfRow[i]!;
    if (at < 0) continue;
    const e = inst.edges[csr.edgeAt[at]!]!;
    assignments.push({ job: i, worker: e.worker, start: inst.jobs[i]!.earliestStart });
    objective += e.score;
  }
  return { assignments, objective };
}
