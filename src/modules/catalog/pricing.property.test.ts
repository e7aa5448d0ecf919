import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PriceContents, ZPriceContents } from './price-contents.ts';
import { dailyRateFen, inWindow, shanghaiParts } from './pricing.money.ts';
import { priceQuote, type Quote, type QuoteParams } from './pricing.rules.ts';
import type { PricedService } from './pricing.shared.ts';
import { cleaningPrices, NANNY, placementPrices } from './sample-prices.ts';

const fen = fc.integer({ min: 0, max: 2_000_000 });
const bp = fc.integer({ min: 0, max: 10_000 });
const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const START = Date.parse('2026-12-25T00:00:00Z');
const startAt = fc
  .integer({ min: 0, max: 400 * 24 * 60 })
  .map((m) => new Date(START + m * 60_000).toISOString());
const qty = fc.integer({ min: 1, max: 50_000 }).map((c) => c / 100);

const visitContents: fc.Arbitrary<PriceContents> = fc
  .record({
    basePriceFen: fen,
    middle: fen,
    extraFen: fen,
    minimumFen: fen,
    minimumUnits: fc.integer({ min: 0, max: 1000 }).map((c) => c / 100),
    night: fc.option(
      fc.record({ bp, from: hhmm, to: hhmm }).filter((n) => n.from !== n.to),
      { nil: null },
    ),
    holidayBp: bp,
    freq: fc.array(fc.record({ minVisitsPerMonth: fc.integer({ min: 1, max: 30 }), discountBp: bp }), {
      maxLength: 4,
    }),
  })
  .map((r) =>
    ZPriceContents.parse({
      visit: {
        basePriceFen: r.basePriceFen,
        tierSurchargesFen: { middle: r.middle },
        extras: [{ code: 'x', name: '附加', priceFen: r.extraFen, unit: 'each' }],
        minimumFen: r.minimumFen,
        minimumUnits: r.minimumUnits,
        nightSurcharge: r.night,
        holidaySurcharge: { bp: r.holidayBp, dates: ['2027-02-06', '2027-10-01'] },
        frequencyDiscounts: r.freq,
      },
    }),
  );
const coupon = fc.record({
  code: fc.constantFrom('A', 'B', 'C'),
  kind: fc.constantFrom('fixed' as const, 'percent' as const),
  value: fc.integer({ min: 0, max: 10_000 }),
});
const visitParams = fc.record({
  quantity: qty,
  startAt,
  tier: fc.constantFrom(null, 'junior' as const, 'middle' as const),
  extras: fc.array(fc.record({ code: fc.constant('x'), qty: fc.integer({ min: 1, max: 5 }) }), {
    maxLength: 2,
  }),
  frequencyPerMonth: fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }),
  coupons: fc.array(coupon, { maxLength: 3 }),
});
const service = (unit: 'hour' | 'm2'): PricedService => ({
  name: '服务',
  mode: 'visit',
  unit,
  minTier: null,
});
const price = (contents: PriceContents, params: QuoteParams, unit: 'hour' | 'm2' = 'hour') =>
  priceQuote({ serviceType: service(unit), contents, params });

const wellFormed = (q: Quote) => {
  expect(q.totalFen).toBe(q.lines.reduce((s, l) => s + l.amountFen, 0));
  expect(q.totalFen).toBeGreaterThanOrEqual(0);
  for (const l of q.lines) {
    expect(Number.isInteger(l.amountFen) && Number.isInteger(l.unitPriceFen)).toBe(true);
    if (l.kind === 'discount') expect(l.amountFen).toBeLessThanOrEqual(0);
    else expect(l.amountFen).toBeGreaterThanOrEqual(0);
  }
  for (const v of [q.monthlyTotalFen, q.firstPaymentFen])
    if (v !== undefined) expect(Number.isInteger(v)).toBe(true);
};

describe('pricing properties', () => {
  it('visits: total = sum of lines, never negative, integer fen only', () => {
    fc.assert(fc.property(visitContents, visitParams, (c, p) => wellFormed(price(c, p))));
  });

  it('visits: the total never falls when hours or area grow (without minimum-spend coupons)', () => {
    fc.assert(
      fc.property(
        visitContents,
        visitParams,
        qty,
        fc.constantFrom('hour' as const, 'm2' as const),
        (c, p, more, unit) => {
          const a = price(c, p, unit).totalFen;
          const b = price(c, { ...p, quantity: p.quantity + more }, unit).totalFen;
          expect(b).toBeGreaterThanOrEqual(a);
        },
      ),
    );
  });

  it('the night surcharge is there exactly when the start is inside the window (Shanghai)', () => {
    fc.assert(
      fc.property(visitContents, startAt, (c, at) => {
        const night = c.visit!.nightSurcharge;
        const q = price(c, { quantity: 2, startAt: at });
        const line = q.lines.find((l) => l.code === 'night');
        const inside = !!night && night.bp > 0 && inWindow(shanghaiParts(at)!.minutes, night.from, night.to);
        if (inside) expect(line).toBeDefined();
        else expect(line).toBeUndefined();
      }),
    );
  });

  it('the holiday surcharge follows the Shanghai date around midnight UTC+8', () => {
    const c = cleaningPrices();
    fc.assert(
      fc.property(fc.integer({ min: -180, max: 180 }), (offsetMin) => {
        // Around 2027-02-05 00:00 Shanghai = 2027-02-04T16:00Z, the first listed holiday.
        const at = new Date(Date.parse('2027-02-04T16:00:00Z') + offsetMin * 60_000).toISOString();
        const q = price(c, { quantity: 3, startAt: at });
        expect(q.lines.some((l) => l.code === 'holiday')).toBe(offsetMin >= 0);
      }),
    );
  });

  it('placements: first payment = wage + dispatch fee + deposit + management fee; daily rate = wage ÷ divisor', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100_000, max: 3_000_000 }),
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 20, max: 31 }),
        fc.record({ fixed: fc.boolean(), fen, bp }),
        (wage, months, trialDays, divisor, mgmt) => {
          const c = placementPrices([
            [1000, 30_000, 5000],
            [1000, 30_000, 5000],
            [1000, 30_000, 5000],
            [1000, 30_000, 5000],
          ]);
          c.placement!.dailyRateDivisor = divisor;
          c.placement!.managementFee = mgmt.fixed
            ? { kind: 'fixed', fen: mgmt.fen }
            : { kind: 'percent', bp: mgmt.bp };
          const q = priceQuote({
            serviceType: NANNY,
            contents: c,
            params: { monthlyWageFen: wage, months, trialDays },
          });
          wellFormed(q);
          const fee = mgmt.fixed ? mgmt.fen : Math.floor((wage * mgmt.bp + 5000) / 10_000);
          expect(q.monthlyTotalFen).toBe(wage + fee);
          expect(q.firstPaymentFen).toBe(wage + 50_000 + 100_000 + fee);
          const trial = q.lines.find((l) => l.code === 'trial_wage');
          if (trialDays === 0) expect(trial).toBeUndefined();
          else {
            expect(trial?.unitPriceFen).toBe(dailyRateFen(wage, divisor));
            expect(Math.abs(trial!.unitPriceFen * divisor - wage)).toBeLessThanOrEqual(divisor / 2);
          }
        },
      ),
    );
  });
});
