/**
 * Dispatch optimizer (src/modules/dispatch/optimizer): our result against a reference from the same
 * run, on generated city instances (generate.ts, seeded).
 * 1. Plain assignment (one job per worker): assignExact vs HiGHS' MIP optimum; our time is the
 *    first (cold) call, wall clock (and its CPU time), and the median of 5 more calls.
 * 2. Whole day, small: planDay (time budget 2 s) vs HiGHS' MIP optimum (big-M sequencing model,
 *    time_limit 60 s); only instances HiGHS proves Optimal are compared, the others are listed.
 * 3. Whole day, large: planDay vs the upper bound of bound.ts (exact b-matching relaxation); our
 *    time is the whole planDay call (construction, local search, ruin-and-recreate).
 * Every result is checked with validatePlan. Ends with one PASS/FAIL line per target.
 *   npm run bench:dispatch [-- --quick]
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { assignExact } from '../../src/modules/dispatch/optimizer/assignment.ts';
import { BOUND_METHOD, dayPlanUpperBound } from '../../src/modules/dispatch/optimizer/bound.ts';
import { planDay } from '../../src/modules/dispatch/optimizer/day-plan.ts';
import { generate } from '../../src/modules/dispatch/optimizer/generate.ts';
import { solveWithHighs } from '../../src/modules/dispatch/optimizer/highs-model.ts';
import type { PlanInstance, PlanResult } from '../../src/modules/dispatch/optimizer/types.ts';
import { validatePlan } from '../../src/modules/dispatch/optimizer/validate.ts';
import { fmt, stats } from './lib.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const QUICK = values.quick;
const t0 = performance.now();
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');
console.log(`machine: ${cpus().length} cores, load average ${load()} (1 / 5 / 15 min) at start\n`);

type Target = { name: string; pass: boolean };
const targets: Target[] = [];
const target = (name: string, pass: boolean) => targets.push({ name, pass });

const header = `  ${'instance'.padEnd(26)} ${'edges'.padStart(9)} ${'ours'.padStart(12)} ${'reference'.padStart(12)} ${'ratio'.padStart(8)} ${'ours ms'.padStart(9)} ${'ref ms'.padStart(9)}  note`;
const line = (
  name: string,
  edges: number,
  ours: number,
  ref: number | undefined,
  oursMs: number,
  refMs: number,
  note = '',
) =>
  console.log(
    `  ${name.padEnd(26)} ${String(edges).padStart(9)} ${ours.toFixed(2).padStart(12)} ${(ref === undefined ? '—' : ref.toFixed(2)).padStart(12)} ${(ref ? (ours / ref).toFixed(4) : '—').padStart(8)} ${fmt(oursMs).padStart(9)} ${fmt(refMs).padStart(9)}  ${note}`,
  );
const label = (inst: PlanInstance, seed: number) => `${inst.jobs.length}×${inst.workers.length} seed ${seed}`;

function valid(inst: PlanInstance, r: PlanResult, mode: 'day' | 'assignment') {
  const errors = validatePlan(inst, r, { mode });
  if (errors.length > 0) console.log(`    INVALID: ${errors.slice(0, 3).join('; ')}`);
  return errors.length === 0;
}
let allValid = true;

// 1. Plain assignment
console.log('dispatch optimizer — plain assignment (one job per worker) vs HiGHS MIP optimum');
console.log(header);
for (const [jobs, workers] of QUICK
  ? [[100, 400]]
  : [
      [100, 400],
      [500, 2000],
    ]) {
  const seed = 1;
  const inst = generate({ jobs: jobs!, workers: workers!, seed });
  let t = performance.now();
  const cpu0 = process.cpuUsage();
  const ours = assignExact(inst);
  const cold = performance.now() - t;
  const coldCpu = process.cpuUsage(cpu0).user / 1000;
  const warm: number[] = [];
  for (let k = 0; k < 5; k++) {
    t = performance.now();
    assignExact(inst);
    warm.push(performance.now() - t);
  }
  allValid = valid(inst, ours, 'assignment') && allValid;
  const ref = await solveWithHighs(inst, 'assignment', { timeLimitSec: 120 });
  const optimal = ref.status === 'Optimal';
  const median = stats(warm).p50;
  line(
    label(inst, seed),
    inst.edges.length,
    ours.objective,
    optimal ? ref.objective : undefined,
    cold,
    ref.ms,
    `HiGHS ${ref.status}; ours: cold call (${coldCpu.toFixed(0)} ms CPU), median of 5 more: ${median.toFixed(1)} ms`,
  );
  const exact = optimal && Math.abs(ours.objective - ref.objective) <= 1e-6 * Math.abs(ref.objective);
  target(`assignment ${jobs}×${workers}: equals HiGHS optimum (1e-6 relative)`, exact);
  if (jobs === 500) target(`assignment 500×2000: cold call ${cold.toFixed(0)} ms < 500 ms`, cold < 500);
}

// 2. Whole day vs HiGHS
console.log(
  '\nwhole day (several jobs per worker, windows, travel) vs HiGHS MIP optimum, time_limit 60 s; planDay budget 2 s',
);
console.log(header);
const small = QUICK
  ? [
      [20, 10, 1],
      [30, 15, 1],
    ]
  : [
      [20, 10, 1],
      [20, 10, 2],
      [30, 15, 1],
      [30, 15, 2],
      [40, 20, 1],
      [40, 20, 2],
      [60, 30, 1],
      [60, 30, 2],
      [80, 40, 1],
    ];
let worstSmall = Number.POSITIVE_INFINITY;
for (const [jobs, workers, seed] of small) {
  const inst = generate({ jobs: jobs!, workers: workers!, seed: seed! });
  const t = performance.now();
  const ours = planDay(inst, { timeBudgetMs: 2000 });
  const ms = performance.now() - t;
  allValid = valid(inst, ours, 'day') && allValid;
  const ref = await solveWithHighs(inst, 'day', { timeLimitSec: 60 });
  if (ref.status === 'Optimal') {
    if (ref.result) allValid = valid(inst, ref.result, 'day') && allValid;
    worstSmall = Math.min(worstSmall, ours.objective / ref.objective);
    const bound = dayPlanUpperBound(inst).value;
    line(
      label(inst, seed!),
      inst.edges.length,
      ours.objective,
      ref.objective,
      ms,
      ref.ms,
      `HiGHS Optimal; for scale: bound ${bound.toFixed(2)}, optimum/bound ${(ref.objective / bound).toFixed(4)}`,
    );
  } else {
    line(
      label(inst, seed!),
      inst.edges.length,
      ours.objective,
      undefined,
      ms,
      ref.ms,
      `HiGHS ${ref.status} (incumbent ${Number.isFinite(ref.objective) ? ref.objective.toFixed(2) : '—'}): not compared`,
    );
  }
}
target(
  `whole day vs HiGHS: worst ratio ${worstSmall.toFixed(4)} >= 0.99 on instances HiGHS solves`,
  worstSmall >= 0.99,
);

// 3. Whole day vs upper bound
console.log(`\nwhole day at city scale vs upper bound = ${BOUND_METHOD}`);
console.log(header);
for (const [jobs, workers, budget] of QUICK
  ? [[1000, 4000, 3000]]
  : [
      [1000, 4000, 5000],
      [5000, 20000, 12000],
    ]) {
  const seed = 1;
  let t = performance.now();
  const inst = generate({ jobs: jobs!, workers: workers!, seed });
  const genMs = performance.now() - t;
  t = performance.now();
  const ours = planDay(inst, { timeBudgetMs: budget! });
  const ms = performance.now() - t;
  allValid = valid(inst, ours, 'day') && allValid;
  t = performance.now();
  const bound = dayPlanUpperBound(inst);
  const boundMs = performance.now() - t;
  line(
    label(inst, seed),
    inst.edges.length,
    ours.objective,
    bound.value,
    ms,
    boundMs,
    `bound; budget ${budget} ms; ${ours.assignments.length}/${jobs} jobs assigned; generated in ${(genMs / 1000).toFixed(1)} s`,
  );
  const ratio = ours.objective / bound.value;
  target(`whole day ${jobs}×${workers}: ratio ${ratio.toFixed(4)} >= 0.97 of the bound`, ratio >= 0.97);
  target(`whole day ${jobs}×${workers}: ${(ms / 1000).toFixed(1)} s < 30 s`, ms < 30_000);
}
target("every plan (ours and HiGHS') passes validatePlan", allValid);

console.log('');
for (const t of targets) console.log(`${t.pass ? 'PASS' : 'FAIL'}  ${t.name}`);
console.log(`\ntotal ${((performance.now() - t0) / 1000).toFixed(0)} s; load average at the end ${load()}`);
