import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import { ZPriceContents } from './price-contents.ts';
import { bestFrequencyDiscount, priceQuote, type QuoteParams } from './pricing.rules.ts';
import {
  CLEANING,
  cleaningPrices,
  DEEP_CLEANING,
  deepCleaningPrices,
  NANNY,
  placementPrices,
} from './sample-prices.ts';

const DAY = '2027-03-10T10:00:00+08:00'; // an ordinary Wednesday morning
const clean = (params: QuoteParams) =>
  priceQuote({ serviceType: CLEANING, contents: cleaningPrices(), params: { startAt: DAY, ...params } });
const nanny = (params: QuoteParams, contents = placementPrices()) =>
  priceQuote({ serviceType: NANNY, contents, params });
const codes = (q: { lines: { code: string; amountFen: number }[] }) =>
  Object.fromEntries(q.lines.map((l) => [l.code, l.amountFen]));

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

describe('visits', () => {
  it('prices hours at the base price', () => {
    const q = clean({ quantity: 4 });
    expect(q.lines).toEqual([
      {
        kind: 'item',
        code: 'base',
        name: '日常保洁',
        quantity: 4,
        unit: 'hour',
        unitPriceFen: 5000,
        amountFen: 20_000,
      },
    ]);
    expect(q.totalFen).toBe(20_000);
  });

  it('tops a short job up to the minimum with its own line, not an error', () => {
    const q = clean({ quantity: 2 });
    expect(codes(q)).toEqual({ base: 10_000, minimum_charge: 5000 });
    expect(q.totalFen).toBe(15_000);
    const deep = priceQuote({
      serviceType: DEEP_CLEANING,
      contents: deepCleaningPrices(),
      params: { quantity: 30, startAt: DAY },
    });
    expect(codes(deep)).toEqual({ base: 24_000, minimum_charge: 16_000 });
    const big = priceQuote({
      serviceType: DEEP_CLEANING,
      contents: deepCleaningPrices(),
      params: { quantity: 120.5, startAt: DAY },
    });
    expect(big.lines).toHaveLength(1);
    expect(big.totalFen).toBe(96_400);
  });

  it('adds the tier surcharge per unit and refuses a tier below the minimum', () => {
    expect(codes(clean({ quantity: 3, tier: 'senior_a' }))).toEqual({ base: 15_000, tier_senior_a: 3000 });
    const minMiddle = { ...CLEANING, minTier: 'middle' as const };
    const q = priceQuote({
      serviceType: minMiddle,
      contents: cleaningPrices(),
      params: { quantity: 3, startAt: DAY },
    });
    expect(codes(q)).toEqual({ base: 15_000, tier_middle: 1500 }); // priced at the minimum tier
    const err = errorOf(() =>
      priceQuote({
        serviceType: minMiddle,
        contents: cleaningPrices(),
        params: { quantity: 3, startAt: DAY, tier: 'junior' },
      }),
    );
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.fieldErrors).toEqual([
      expect.objectContaining({ field: 'tier', label: '等级', message: '该服务要求至少中级家政员' }),
    ]);
  });

  it('prices extras each and per m²; an unknown extra is a 422 on extras', () => {
    const q = clean({
      quantity: 3,
      extras: [
        { code: 'windows', qty: 12.5 },
        { code: 'fridge', qty: 1 },
      ],
    });
    expect(codes(q)).toEqual({ base: 15_000, windows: 12_500, fridge: 8000 });
    expect(q.lines.find((l) => l.code === 'windows')).toMatchObject({
      kind: 'extra',
      name: '擦窗',
      unit: 'm2',
    });
    expect(
      errorOf(() => clean({ quantity: 3, extras: [{ code: 'piano', qty: 1 }] })).fieldErrors?.[0],
    ).toMatchObject({
      field: 'extras',
      message: '未知附加项：piano',
    });
  });

  it('applies the night surcharge exactly inside 20:00–07:00 Shanghai time', () => {
    const at = (startAt: string) => codes(clean({ quantity: 3, startAt }));
    expect(at('2027-03-10T20:00:00+08:00').night).toBe(3000);
    expect(at('2027-03-10T12:00:00Z').night).toBe(3000); // 20:00 in Shanghai
    expect(at('2027-03-10T11:59:00Z').night).toBeUndefined(); // 19:59
    expect(at('2027-03-10T22:59:00Z').night).toBe(3000); // 06:59 next day
    expect(at('2027-03-10T23:00:00Z').night).toBeUndefined(); // 07:00
    expect(at('2027-03-10T16:00:00Z').night).toBe(3000); // midnight
  });

  it('applies the holiday surcharge on a listed Shanghai date only', () => {
    const at = (startAt: string) => codes(clean({ quantity: 4, startAt }));
    expect(at('2027-02-04T15:59:00Z').holiday).toBeUndefined(); // 2027-02-04 23:59 Shanghai
    expect(at('2027-02-04T16:00:00Z').holiday).toBe(10_000); // 2027-02-05 00:00 Shanghai
    expect(at('2027-02-11T15:59:00Z').holiday).toBe(10_000);
    expect(at('2027-02-11T16:00:00Z').holiday).toBeUndefined(); // 2027-02-12 00:00
    const both = at('2027-02-06T21:00:00+08:00');
    expect(both).toEqual({ base: 20_000, night: 4000, holiday: 10_000 }); // added, not compounded
  });

  it('picks the best frequency discount the frequency qualifies for', () => {
    const tiers = cleaningPrices().visit!.frequencyDiscounts;
    expect(bestFrequencyDiscount(tiers, undefined)).toBeNull();
    expect(bestFrequencyDiscount(tiers, 3)).toBeNull();
    expect(bestFrequencyDiscount(tiers, 4)?.discountBp).toBe(500);
    expect(bestFrequencyDiscount(tiers, 7)?.discountBp).toBe(500);
    expect(bestFrequencyDiscount(tiers, 30)?.discountBp).toBe(1000);
    expect(bestFrequencyDiscount([...tiers].reverse(), 9)?.discountBp).toBe(1000);
    const q = clean({ quantity: 4, frequencyPerMonth: 8, extras: [{ code: 'fridge', qty: 1 }] });
    expect(codes(q)).toEqual({ base: 20_000, fridge: 8000, frequency: -2800 });
    expect(q.totalFen).toBe(25_200);
  });

  it('applies coupons as discount lines, capped so the total never goes below 0', () => {
    const q = clean({
      quantity: 3,
      coupons: [
        { code: 'NEW20', kind: 'fixed', value: 2000 },
        { code: 'P10', kind: 'percent', value: 1000 },
        { code: 'MIN500', kind: 'fixed', value: 5000, minTotalFen: 50_000 },
      ],
    });
    expect(codes(q)).toEqual({ base: 15_000, 'coupon:NEW20': -2000, 'coupon:P10': -1300 });
    expect(q.couponsNotApplied).toEqual([{ code: 'MIN500', reason: '未达到优惠券的最低消费' }]);
    const free = clean({ quantity: 3, coupons: [{ code: 'BIG', kind: 'fixed', value: 999_999 }] });
    expect(free.totalFen).toBe(0);
    expect(codes(free)['coupon:BIG']).toBe(-15_000);
  });

  it('asks for a positive quantity and a start time', () => {
    expect(errorOf(() => clean({ quantity: 0 })).fieldErrors?.[0]?.field).toBe('quantity');
    const noStart = errorOf(() =>
      priceQuote({ serviceType: CLEANING, contents: cleaningPrices(), params: { quantity: 3 } }),
    );
    expect(noStart.fieldErrors?.[0]).toMatchObject({ field: 'startAt', label: '开始时间' });
  });
});

describe('placements', () => {
  it('prices wage, trial days, fees and deposit; first payment per §P', () => {
    const q = nanny({ tier: 'middle', monthlyWageFen: 650_000, months: 12 });
    expect(codes(q)).toEqual({
      wage: 7_800_000,
      trial_wage: 175_000, // 7 days × ¥250 (¥6500 ÷ 26)
      management_fee: 24_000,
      dispatch_fee: 50_000,
      deposit: 100_000,
    });
    expect(q.lines.find((l) => l.code === 'trial_wage')).toMatchObject({
      quantity: 7,
      unit: 'day',
      unitPriceFen: 25_000,
    });
    expect(q.monthlyTotalFen).toBe(652_000);
    expect(q.firstPaymentFen).toBe(650_000 + 50_000 + 100_000 + 2000);
    expect(q.totalFen).toBe(7_800_000 + 175_000 + 24_000 + 50_000 + 100_000);
  });

  it('uses the band default, the custom divisor and a percentage management fee', () => {
    const contents = placementPrices();
    contents.placement!.dailyRateDivisor = 30;
    contents.placement!.managementFee = { kind: 'percent', bp: 500 };
    const q = nanny({ tier: 'junior', trialDays: 3 }, contents);
    expect(codes(q)).toMatchObject({ wage: 550_000, trial_wage: 3 * 18_333, management_fee: 27_500 });
    expect(q.firstPaymentFen).toBe(550_000 + 50_000 + 100_000 + 27_500);
  });

  it('refuses a wage outside the tier band and a tier without a band', () => {
    const err = errorOf(() => nanny({ tier: 'middle', monthlyWageFen: 900_000 }));
    expect(err.fieldErrors?.[0]).toMatchObject({
      field: 'monthlyWageFen',
      label: '月工资',
      message: '中级月工资应在 ¥6500–¥8000 之间',
    });
    const onlyMiddle = ZPriceContents.parse({
      placement: {
        ...placementPrices().placement,
        wageBands: { middle: { minFen: 1, maxFen: 3, defaultFen: 2 } },
      },
    });
    expect(nanny({}, onlyMiddle).lines[0]).toMatchObject({ code: 'wage', unitPriceFen: 2 });
    expect(errorOf(() => nanny({ tier: 'senior_b' }, onlyMiddle)).fieldErrors?.[0]?.field).toBe('tier');
  });

  it('lets coupons reduce only the dispatch fee', () => {
    const q = nanny({ tier: 'junior', coupons: [{ code: 'X', kind: 'fixed', value: 999_999 }] });
    expect(codes(q)['coupon:X']).toBe(-50_000);
    expect(q.firstPaymentFen).toBe(550_000 + 100_000 + 2000);
  });
});
