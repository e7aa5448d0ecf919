import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayPlanUpperBound } from './bound.ts';
import { planDay } from './day-plan.ts';
import { generate } from './generate.ts';
import { solveWithHighs } from './highs-model.ts';
import { arbInstance, bruteForce, setFeasible } from './test-fixtures.ts';
import { validatePlan } from './validate.ts';

// Deterministic runs: a fixed number of ruin-and-recreate rounds, with a budget that never binds.
const opts = { timeBudgetMs: 60_000, maxRounds: 300 };

describe('planDay', () => {
  it.each([
    [20, 10, 2],
    [20, 10, 4],
    [30, 15, 2],
  ])(
    'reaches at least 99 percent of the HiGHS optimum on %i jobs × %i workers, seed %i',
    async (jobs, workers, seed) => {
      const inst = generate({ jobs, workers, seed });
      const ours = planDay(inst, { ...opts, maxRounds: 1000 });
      expect(validatePlan(inst, ours)).toEqual([]);
      const ref = await solveWithHighs(inst, 'day', { timeLimitSec: 60 });
      expect(ref.status).toBe('Optimal');
      // the reference model is neither looser (its plan is valid) nor tighter (we never beat it)
      expect(validatePlan(inst, ref.result!)).toEqual([]);
      expect(ours.objective).toBeLessThanOrEqual(ref.objective + 1e-6);
      expect(ours.objective).toBeGreaterThanOrEqual(0.99 * ref.objective);
    },
  );

  it('plans a generated city day validly and below the upper bound', () => {
    const inst = generate({ jobs: 300, workers: 1000, seed: 5 });
    const ours = planDay(inst, { timeBudgetMs: 60_000, maxRounds: 20 });
    expect(validatePlan(inst, ours)).toEqual([]);
    const bound = dayPlanUpperBound(inst).value;
    expect(ours.objective).toBeLessThanOrEqual(bound + 1e-6);
    expect(ours.objective).toBeGreaterThan(0.9 * bound);
  });

  it('always returns feasible plans on listed pairs, never above the brute-force optimum', () => {
    fc.assert(
      fc.property(arbInstance(6, 3), (inst) => {
        const ours = planDay(inst, { timeBudgetMs: 60_000, maxRounds: 30 });
        expect(validatePlan(inst, ours)).toEqual([]);
        const best = bruteForce(inst, (w, set) => setFeasible(inst, w, set));
        expect(ours.objective).toBeLessThanOrEqual(best + 1e-9);
        expect(ours.objective).toBeGreaterThanOrEqual(0.95 * best - 1e-9);
      }),
      { numRuns: 120 },
    );
  });

  it('handles instances with nothing to assign', () => {
    const empty = { jobs: [], workers: [], edges: [], speedKmh: 25 };
    expect(planDay(empty)).toEqual({ assignments: [], objective: 0 });
    const inst = generate({ jobs: 5, workers: 3, seed: 1 });
    expect(planDay({ ...inst, edges: [] })).toEqual({ assignments: [], objective: 0 });
  });

  it('stays valid on larger random instances', () => {
    fc.assert(
      fc.property(arbInstance(25, 8), (inst) => {
        const ours = planDay(inst, { timeBudgetMs: 60_000, maxRounds: 10 });
        expect(validatePlan(inst, ours)).toEqual([]);
        expect(ours.objective).toBeLessThanOrEqual(dayPlanUpperBound(inst).value + 1e-6);
      }),
      { numRuns: 40 },
    );
  });
});
