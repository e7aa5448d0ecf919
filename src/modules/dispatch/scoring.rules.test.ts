import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankCandidates, type ScoreFacts, scoreCandidate } from './scoring.rules.ts';
import { DEFAULT_DISPATCH_SETTINGS } from './settings.ts';

const W = DEFAULT_DISPATCH_SETTINGS.weights;
const base: ScoreFacts = {
  distanceKm: 3.2,
  fromPreviousJob: false,
  ratingAvg: 4.8,
  ratingCount: 12,
  experience: 5,
  preferences: { nativePlace: '河南' },
  worker: { nativePlace: '河南信阳', languages: ['普通话'], cuisines: ['川菜'], age: 45 },
  servedCustomer: 0,
  recentLoad: 2,
  ownStore: true,
  complaints: 0,
};

const facts = fc.record({
  distanceKm: fc.option(fc.double({ min: 0, max: 80, noNaN: true }), { nil: null }),
  fromPreviousJob: fc.boolean(),
  ratingAvg: fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: null }),
  ratingCount: fc.nat(200),
  experience: fc.nat(100),
  preferences: fc.record({
    nativePlace: fc.option(fc.constantFrom('河南', '四川', '安徽'), { nil: null }),
    cuisine: fc.option(fc.constantFrom('川菜', '粤菜'), { nil: null }),
    workerAgeMin: fc.option(fc.integer({ min: 20, max: 40 }), { nil: null }),
    workerAgeMax: fc.option(fc.integer({ min: 41, max: 60 }), { nil: null }),
  }),
  worker: fc.record({
    nativePlace: fc.constantFrom('河南信阳', '四川南充'),
    languages: fc.constant<string[]>(['普通话']),
    cuisines: fc.subarray(['川菜', '家常菜', '粤菜']),
    age: fc.integer({ min: 20, max: 60 }),
  }),
  servedCustomer: fc.nat(5),
  recentLoad: fc.nat(40),
  ownStore: fc.boolean(),
  complaints: fc.nat(6),
});
const weights = fc.record({
  distance: fc.integer({ min: 0, max: 100 }),
  rating: fc.integer({ min: 0, max: 100 }),
  experience: fc.integer({ min: 0, max: 100 }),
  preference: fc.integer({ min: 0, max: 100 }),
  continuity: fc.integer({ min: 0, max: 100 }),
  fairness: fc.integer({ min: 0, max: 100 }),
  store: fc.integer({ min: 1, max: 100 }),
  complaints: fc.integer({ min: 0, max: 100 }),
});

describe('scoreCandidate', () => {
  it('says every part in words a dispatcher reads', () => {
    const s = scoreCandidate(base, W);
    expect(s.parts.map((p) => p.label)).toEqual([
      '距离 3.2 km',
      '评分 4.8（12 次）',
      '做过此服务 5 次',
      '同籍贯',
      '未服务过该客户',
      '近30天派单 2 次',
      '本店',
      '客户曾投诉 0',
    ]);
    expect(s.score).toBeGreaterThan(0);
    expect(s.score).toBeLessThanOrEqual(100);
  });

  it('stays within (0, 100] for any facts and weights', () => {
    fc.assert(
      fc.property(facts, weights, (f, w) => {
        const s = scoreCandidate(f, w).score;
        expect(s).toBeGreaterThanOrEqual(0.1);
        expect(s).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('is monotone: a better rating, a shorter trip, fewer complaints never score lower', () => {
    fc.assert(
      fc.property(
        facts,
        weights,
        fc.double({ min: 1, max: 5, noNaN: true }),
        fc.double({ min: 1, max: 5, noNaN: true }),
        (f, w, r1, r2) => {
          const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
          expect(scoreCandidate({ ...f, ratingAvg: hi }, w).score).toBeGreaterThanOrEqual(
            scoreCandidate({ ...f, ratingAvg: lo }, w).score,
          );
          if (f.distanceKm !== null) {
            expect(scoreCandidate({ ...f, distanceKm: f.distanceKm / 2 }, w).score).toBeGreaterThanOrEqual(
              scoreCandidate(f, w).score,
            );
          }
          expect(scoreCandidate({ ...f, complaints: f.complaints + 1 }, w).score).toBeLessThanOrEqual(
            scoreCandidate(f, w).score,
          );
        },
      ),
    );
  });

  it('prefers the worker the customer had before, and spreads work to the less loaded', () => {
    expect(scoreCandidate({ ...base, servedCustomer: 2 }, W).score).toBeGreaterThan(
      scoreCandidate(base, W).score,
    );
    expect(scoreCandidate({ ...base, recentLoad: 0 }, W).score).toBeGreaterThan(
      scoreCandidate({ ...base, recentLoad: 15 }, W).score,
    );
  });
});

describe('rankCandidates', () => {
  it('never ranks an excluded worker, and orders the rest best score first', () => {
    const row = fc.record({
      id: fc.uuid(),
      eligible: fc.boolean(),
      score: fc.double({ min: 0.1, max: 100, noNaN: true }),
      distanceKm: fc.option(fc.double({ min: 0, max: 50, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const ranked = rankCandidates(rows);
        expect(ranked.every((r) => r.eligible)).toBe(true);
        expect(ranked).toHaveLength(rows.filter((r) => r.eligible).length);
        for (let i = 1; i < ranked.length; i++)
          expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
      }),
    );
  });
});
