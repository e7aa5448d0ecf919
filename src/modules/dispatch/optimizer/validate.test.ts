import { describe, expect, it } from 'vitest';
import type { PlanInstance } from './types.ts';
import { isFeasibleDay, validatePlan } from './validate.ts';

// One worker at (0,0), 08:00–18:00, 6 h of work; speed 60 km/h so 1 km = 1 minute.
const inst: PlanInstance = {
  speedKmh: 60,
  workers: [{ id: 'w0', x: 0, y: 0, shiftStart: 480, shiftEnd: 1080, maxWorkMinutes: 360 }],
  jobs: [
    { id: 'a', earliestStart: 480, latestStart: 600, duration: 120, x: 10, y: 0 }, // 10 min from home
    { id: 'b', earliestStart: 600, latestStart: 700, duration: 120, x: 10, y: 20.5 }, // 21 min from a
    { id: 'c', earliestStart: 900, latestStart: 900, duration: 180, x: 0, y: 0 },
  ],
  edges: [
    { job: 0, worker: 0, score: 10 },
    { job: 1, worker: 0, score: 20 },
    { job: 2, worker: 0, score: 30 },
  ],
};

describe('isFeasibleDay', () => {
  it('accepts a day that respects windows, travel and the shift', () => {
    expect(
      isFeasibleDay(inst, 0, [
        { job: 1, start: 631 },
        { job: 0, start: 490 },
      ]),
    ).toBe(true);
  });
  it.each([
    ['travel from home', [{ job: 0, start: 489 }]],
    ['window', [{ job: 0, start: 601 }]],
    [
      'travel between jobs (rounded up)',
      [
        { job: 0, start: 490 },
        { job: 1, start: 630 },
      ],
    ],
    [
      'max work minutes',
      [
        { job: 0, start: 490 },
        { job: 1, start: 631 },
        { job: 2, start: 900 },
      ],
    ],
  ])('rejects a day that breaks %s', (_, visits) => {
    expect(isFeasibleDay(inst, 0, visits)).toBe(false);
  });
  it('rejects a job that ends after the shift', () => {
    expect(isFeasibleDay(inst, 0, [{ job: 2, start: 900 }])).toBe(true);
    const early = { ...inst, workers: [{ ...inst.workers[0]!, shiftEnd: 1079 }] };
    expect(isFeasibleDay(early, 0, [{ job: 2, start: 900 }])).toBe(false);
  });
});

describe('validatePlan', () => {
  const ok = { assignments: [{ job: 0, worker: 0, start: 490 }], objective: 10 };
  it('accepts a valid plan', () => expect(validatePlan(inst, ok)).toEqual([]));
  it('rejects a pair that is not listed', () => {
    const i2 = { ...inst, edges: inst.edges.slice(1) };
    expect(validatePlan(i2, { ...ok, objective: 0 }).join()).toMatch(/not an eligible pair/);
  });
  it('rejects a job assigned twice', () => {
    const r = { assignments: [ok.assignments[0]!, ok.assignments[0]!], objective: 20 };
    expect(validatePlan(inst, r).join()).toMatch(/assigned twice/);
  });
  it('rejects a wrong objective', () => {
    expect(validatePlan(inst, { ...ok, objective: 11 }).join()).toMatch(/objective/);
  });
  it('rejects two jobs on one worker in assignment mode only', () => {
    const r = {
      assignments: [
        { job: 0, worker: 0, start: 490 },
        { job: 2, worker: 0, start: 900 },
      ],
      objective: 40,
    };
    expect(validatePlan(inst, r)).toEqual([]);
    expect(validatePlan(inst, r, { mode: 'assignment' }).join()).toMatch(/2 jobs/);
  });
});
