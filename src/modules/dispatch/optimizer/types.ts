/**
 * The dispatch optimizer's input and output. Pure data: indices into the arrays, minutes since the
 * service day's 00:00 (Asia/Shanghai), planar kilometres. Hard rules (skill, tier, blacklist, …)
 * are applied upstream: a (job, worker) pair is allowed only if it is listed in `edges`.
 */
export type PlanJob = {
  id: string;
  /** The job may start at or after this minute… */
  earliestStart: number;
  /** …and at or before this one (earliestStart <= latestStart). */
  latestStart: number;
  /** Minutes on site. */
  duration: number;
  /** km, planar city coordinates of the customer's home. */
  x: number;
  y: number;
};

export type PlanWorker = {
  id: string;
  /** km, her home: she starts the day there. */
  x: number;
  y: number;
  /** Every job she does lies inside [shiftStart, shiftEnd]; travel from home counts from shiftStart. */
  shiftStart: number;
  shiftEnd: number;
  /** Total job duration per day at most this (travel does not count). */
  maxWorkMinutes: number;
};

/** An eligible pair (indices into jobs / workers) and its score (> 0). Pairs not listed are forbidden. */
export type PlanEdge = { job: number; worker: number; score: number };

export type PlanInstance = {
  jobs: PlanJob[];
  workers: PlanWorker[];
  edges: PlanEdge[];
  /** Travel minutes between two points = ceil(euclidean km / speedKmh * 60). */
  speedKmh: number;
};

export type PlanAssignment = { job: number; worker: number; start: number };

export type PlanResult = {
  assignments: PlanAssignment[];
  /** Sum of the edge scores of the assigned jobs. */
  objective: number;
};
