import { describe, expect, it } from 'vitest';
import { generate } from './generate.ts';

describe('generate', () => {
  const inst = generate({ jobs: 400, workers: 1500, seed: 9 });

  it('is deterministic per seed', () => {
    expect(generate({ jobs: 400, workers: 1500, seed: 9 })).toEqual(inst);
    expect(generate({ jobs: 400, workers: 1500, seed: 10 }).edges).not.toEqual(inst.edges);
  });

  it('lists only nearby pairs, at most 200 per job, once each, scores in (0, 100]', () => {
    const perJob = new Map<number, number>();
    const pairs = new Set<string>();
    const bad: unknown[] = [];
    for (const e of inst.edges) {
      const j = inst.jobs[e.job]!;
      const w = inst.workers[e.worker]!;
      if (Math.hypot(j.x - w.x, j.y - w.y) > 15 || !(e.score > 0 && e.score <= 100)) bad.push(e);
      perJob.set(e.job, (perJob.get(e.job) ?? 0) + 1);
      pairs.add(`${e.job}:${e.worker}`);
    }
    expect(bad).toEqual([]);
    expect(pairs.size).toBe(inst.edges.length);
    expect(Math.max(...perJob.values())).toBeLessThanOrEqual(200);
    expect(perJob.size).toBeGreaterThan(0.9 * inst.jobs.length); // almost every job has candidates
  });

  it('produces consistent windows and shifts inside the 40 × 30 km city', () => {
    for (const j of inst.jobs) {
      expect(j.earliestStart).toBeLessThanOrEqual(j.latestStart);
      expect([120, 150, 180, 240]).toContain(j.duration);
      expect(j.x >= 0 && j.x <= 40 && j.y >= 0 && j.y <= 30).toBe(true);
    }
    for (const w of inst.workers) expect(w.shiftStart).toBeLessThan(w.shiftEnd);
  });

  it('puts orders nearer the centre than worker homes', () => {
    const meanDist = (ps: { x: number; y: number }[]) =>
      ps.reduce((t, p) => t + Math.hypot(p.x - 20, p.y - 15), 0) / ps.length;
    expect(meanDist(inst.jobs)).toBeLessThan(meanDist(inst.workers));
  });
});
