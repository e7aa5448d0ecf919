import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignExact } from './assignment.ts';
import { generate } from './generate.ts';
import { solveWithHighs } from './highs-model.ts';
import { maxWeightBMatching } from './matching.ts';
import { mulberry32 } from './prng.ts';
import { arbInstance, bruteForce } from './test-fixtures.ts';
import type { PlanInstance } from './types.ts';
import { validatePlan } from './validate.ts';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** Random bipartite instance with float scores and the given edge density (time irrelevant). */
function randomInstance(jobs: number, workers: number, density: number, seed: number): PlanInstance {
  const rng = mulberry32(seed);
  const inst = generate({ jobs, workers, seed });
  inst.edges = [];
  for (let j = 0; j < jobs; j++)
    for (let w = 0; w < workers; w++)
      if (rng() < density) inst.edges.push({ job: j, worker: w, score: 0.001 + 99.999 * rng() });
  return inst;
}

describe('assignExact', () => {
  it('equals the brute-force optimum on tiny instances', () => {
    fc.assert(
      fc.property(arbInstance(6, 5), (inst) => {
        const r = assignExact(inst);
        expect(validatePlan(inst, r, { mode: 'assignment' })).toEqual([]);
        expect(
          close(
            r.objective,
            bruteForce(inst, (_, set) => set.length <= 1),
          ),
        ).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['generated 30×60', () => generate({ jobs: 30, workers: 60, seed: 11 })],
    ['generated 100×300', () => generate({ jobs: 100, workers: 300, seed: 12 })],
    ['random floats 60×40, dense', () => randomInstance(60, 40, 0.5, 13)],
    ['random floats 80×80, contested', () => randomInstance(80, 80, 0.1, 14)],
  ])('equals HiGHS on %s', async (_, make) => {
    const inst = make();
    const ours = assignExact(inst);
    expect(validatePlan(inst, ours, { mode: 'assignment' })).toEqual([]);
    const ref = await solveWithHighs(inst, 'assignment');
    expect(ref.status).toBe('Optimal');
    expect(close(ours.objective, ref.objective)).toBe(true);
  });

  it('leaves a job unassigned when every worker is better used elsewhere', () => {
    const inst = randomInstance(2, 1, 0, 1);
    inst.edges = [
      { job: 0, worker: 0, score: 5 },
      { job: 1, worker: 0, score: 7 },
    ];
    expect(assignExact(inst).assignments).toEqual([
      { job: 1, worker: 0, start: inst.jobs[1]!.earliestStart },
    ]);
  });
});

describe('maxWeightBMatching with capacities', () => {
  it('equals brute force', () => {
    const arb = fc.record({
      rows: fc.integer({ min: 1, max: 6 }),
      cols: fc.integer({ min: 1, max: 3 }),
      caps: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
      cells: fc.array(fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }), {
        minLength: 18,
        maxLength: 18,
      }),
    });
    fc.assert(
      fc.property(arb, ({ rows, cols, caps, cells }) => {
        const edges: { r: number; c: number; w: number }[] = [];
        for (let r = 0; r < rows; r++)
          for (let c = 0; c < cols; c++) {
            const w = cells[r * 3 + c];
            if (w !== undefined) edges.push({ r, c, w });
          }
        const rowStart = new Int32Array(rows + 1);
        for (const e of edges) rowStart[e.r + 1]!++;
        for (let r = 0; r < rows; r++) rowStart[r + 1] = rowStart[r + 1]! + rowStart[r]!;
        const m = maxWeightBMatching({
          rows,
          cols,
          rowStart,
          colOf: Int32Array.from(edges.map((e) => e.c)),
          weight: Float64Array.from(edges.map((e) => e.w)),
          cap: Int32Array.from(caps.slice(0, cols)),
        });
        // brute force over each row's choice
        const load = new Array(cols).fill(0);
        let best = 0;
        const go = (r: number, total: number) => {
          if (r === rows) {
            best = Math.max(best, total);
            return;
          }
          go(r + 1, total);
          for (const e of edges) {
            if (e.r !== r || load[e.c] >= caps[e.c]!) continue;
            load[e.c]++;
            go(r + 1, total + e.w);
            load[e.c]--;
          }
        };
        go(0, 0);
        expect(m.total).toBe(best);
        const used = new Array(cols).fill(0);
        m.edgeOfRow.forEach((e) => {
          if (e >= 0) used[edges[e]!.c]++;
        });
        used.forEach((u, c) => {
          expect(u).toBeLessThanOrEqual(caps[c]!);
        });
      }),
      { numRuns: 300 },
    );
  });
});
