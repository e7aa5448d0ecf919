import { type PriceContents, ZPriceContents } from './price-contents.ts';
import type { PricedService } from './pricing.shared.ts';

/** Price lists the pricing tests and the demo share: Beijing-like daily cleaning and a nanny. */
export const CLEANING: PricedService = { name: '日常保洁', mode: 'visit', unit: 'hour', minTier: null };

/** ¥50/h, at least 3 h; night +20% 20:00–07:00; 2027 Spring Festival +50%; 4+/month −5%, 8+ −10%. */
export const cleaningPrices = (): PriceContents =>
  ZPriceContents.parse({
    visit: {
      basePriceFen: 5000,
      tierSurchargesFen: { middle: 500, senior_a: 1000, senior_b: 2000 },
      extras: [
        { code: 'windows', name: '擦窗', priceFen: 1000, unit: 'm2' },
        { code: 'fridge', name: '冰箱清洗', priceFen: 8000, unit: 'each' },
        { code: 'range_hood', name: '油烟机清洗', priceFen: 15000, unit: 'each' },
      ],
      minimumUnits: 3,
      nightSurcharge: { bp: 2000, from: '20:00', to: '07:00' },
      holidaySurcharge: {
        bp: 5000,
        dates: [
          '2027-02-05',
          '2027-02-06',
          '2027-02-07',
          '2027-02-08',
          '2027-02-09',
          '2027-02-10',
          '2027-02-11',
        ],
      },
      frequencyDiscounts: [
        { minVisitsPerMonth: 4, discountBp: 500 },
        { minVisitsPerMonth: 8, discountBp: 1000 },
      ],
    },
    cancellation: [
      { hoursBeforeStart: 24, feeBp: 0 },
      { hoursBeforeStart: 2, feeBp: 2000 },
      { hoursBeforeStart: 0, feeBp: 5000 },
    ],
  });

export const DEEP_CLEANING: PricedService = { name: '深度保洁', mode: 'visit', unit: 'm2', minTier: null };
/** ¥8/m², at least ¥400. */
export const deepCleaningPrices = (): PriceContents =>
  ZPriceContents.parse({ visit: { basePriceFen: 800, minimumFen: 40_000 } });

export const NANNY: PricedService = { name: '保姆', mode: 'placement', unit: 'month', minTier: null };

/** Wage bands in yuan per month for 初级 / 中级 / 高级A / 高级B. */
export const NANNY_BANDS_YUAN: [number, number, number][] = [
  [5000, 6500, 5500],
  [6500, 8000, 7000],
  [8000, 10000, 9000],
  [10000, 15000, 12000],
];

const bands = (yuan: [number, number, number][]) => {
  const [j, m, a, b] = yuan.map(([min, max, def]) => ({
    minFen: min * 100,
    maxFen: max * 100,
    defaultFen: def * 100,
  }));
  return { junior: j, middle: m, senior_a: a, senior_b: b };
};

/** Dispatch fee ¥500, management ¥20/month (§P), deposit ¥1000, daily rate ÷ 26, 7 trial days. */
export const placementPrices = (yuan: [number, number, number][] = NANNY_BANDS_YUAN): PriceContents =>
  ZPriceContents.parse({
    placement: {
      wageBands: bands(yuan),
      dispatchFeeFen: 50_000,
      managementFee: { kind: 'fixed', fen: 2000 },
      depositFen: 100_000,
      dailyRateDivisor: 26,
      trialDays: 7,
    },
    cancellation: [{ hoursBeforeStart: 0, feeBp: 0 }],
  });
