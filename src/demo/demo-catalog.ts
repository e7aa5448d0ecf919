import { createPriceList } from '../modules/catalog/create-price-list.ts';
import { createServiceType } from '../modules/catalog/create-service-type.ts';
import { type PriceContents, ZPriceContents } from '../modules/catalog/price-contents.ts';
import { shanghaiParts } from '../modules/catalog/pricing.money.ts';
import { publishPriceList } from '../modules/catalog/publish-price-list.ts';
import {
  cleaningPrices,
  deepCleaningPrices,
  NANNY_BANDS_YUAN,
  placementPrices,
} from '../modules/catalog/sample-prices.ts';
import type { TServiceTypeCreate } from '../modules/catalog/schemas.ts';
import { listSkills } from '../modules/workers/index.ts';
import type { Ctx } from '../platform/context.ts';

type Service = Omit<TServiceTypeCreate, 'requiredSkillIds' | 'requiredCertKinds'> & {
  skills: string[];
  prices: PriceContents;
  requiredCertKinds?: TServiceTypeCreate['requiredCertKinds'];
};

/** A placement price list with these wage bands (yuan) and the §P fees of the sample nanny list. */
const placement = (bands: [number, number, number][], trialDays = 7): PriceContents => {
  const c = placementPrices(bands);
  c.placement!.trialDays = trialDays;
  return c;
};

/** Beijing-like services and prices, published (the demo company's price list). */
const SERVICES: Service[] = [
  {
    code: 'daily_cleaning',
    name: '日常保洁',
    nameEn: 'Daily cleaning',
    mode: 'visit',
    unit: 'hour',
    defaultDuration: 180,
    skills: ['保洁'],
    prices: cleaningPrices(),
  },
  {
    code: 'deep_cleaning',
    name: '深度保洁',
    nameEn: 'Deep cleaning',
    mode: 'visit',
    unit: 'm2',
    defaultDuration: 360,
    minTier: 'middle',
    skills: ['保洁', '家电维护'],
    prices: ZPriceContents.parse({
      ...deepCleaningPrices(),
      visit: {
        ...deepCleaningPrices().visit,
        extras: [
          { code: 'windows', name: '擦窗', priceFen: 1000, unit: 'm2' },
          { code: 'appliances', name: '家电清洗', priceFen: 12_000, unit: 'each' },
        ],
      },
      cancellation: [
        { hoursBeforeStart: 24, feeBp: 0 },
        { hoursBeforeStart: 0, feeBp: 3000 },
      ],
    }),
  },
  {
    code: 'cooking',
    name: '做饭',
    nameEn: 'Cooking',
    mode: 'visit',
    unit: 'hour',
    defaultDuration: 120,
    skills: ['做饭'],
    prices: ZPriceContents.parse({
      visit: {
        basePriceFen: 4500,
        tierSurchargesFen: { middle: 500, senior_a: 1500, senior_b: 2500 },
        minimumUnits: 2,
        frequencyDiscounts: [
          { minVisitsPerMonth: 8, discountBp: 500 },
          { minVisitsPerMonth: 20, discountBp: 1000 },
        ],
      },
      cancellation: [
        { hoursBeforeStart: 12, feeBp: 0 },
        { hoursBeforeStart: 0, feeBp: 2000 },
      ],
    }),
  },
  {
    code: 'nanny',
    name: '保姆',
    nameEn: 'Nanny',
    mode: 'placement',
    unit: 'month',
    defaultDuration: 30,
    skills: ['保洁', '做饭', '洗衣熨烫'],
    prices: placement(NANNY_BANDS_YUAN),
  },
  {
    code: 'childcare',
    name: '育儿嫂',
    nameEn: 'Childcare nanny',
    mode: 'placement',
    unit: 'month',
    defaultDuration: 30,
    minTier: 'middle',
    skills: ['育儿'],
    prices: placement([
      [6000, 7500, 6500],
      [7500, 9500, 8500],
      [9500, 12000, 10500],
      [12000, 18000, 14000],
    ]),
  },
  {
    code: 'maternity',
    name: '月嫂',
    nameEn: 'Maternity nurse',
    mode: 'placement',
    unit: 'cycle26',
    defaultDuration: 26,
    minTier: 'middle',
    requiredCertKinds: ['maternity'],
    skills: ['月嫂/母婴护理'],
    prices: placement(
      [
        [8000, 10000, 9000],
        [10000, 13800, 11800],
        [13800, 16800, 15800],
        [16800, 26800, 19800],
      ],
      3,
    ),
  },
  {
    code: 'elder_care',
    name: '老人陪护',
    nameEn: 'Elder care',
    mode: 'placement',
    unit: 'month',
    defaultDuration: 30,
    skills: ['老人照护'],
    prices: placement([
      [5500, 7000, 6000],
      [7000, 8500, 7500],
      [8500, 11000, 9500],
      [11000, 15000, 12000],
    ]),
  },
];

/**
 * Loads the demo catalog through the same use cases as the API (audited): each service with its
 * required skills (found by name in the company's skill list) and a published first version,
 * effective today.
 */
export async function loadDemoCatalog(ctx: Ctx): Promise<Record<string, string>> {
  const skills = new Map((await listSkills(ctx)).items.map((s) => [s.name, s.id]));
  const today = shanghaiParts(ctx.clock.now().toISOString())!.date;
  const ids: Record<string, string> = {};
  for (const { skills: names, prices, requiredCertKinds = [], ...service } of SERVICES) {
    const requiredSkillIds = names.map((n) => skills.get(n)).filter((id): id is string => !!id);
    const created = await createServiceType(ctx, { ...service, requiredSkillIds, requiredCertKinds });
    const draft = await createPriceList(ctx, created.id, { effectiveFrom: today, contents: prices });
    await publishPriceList(ctx, draft.id);
    ids[service.code] = created.id;
  }
  return ids;
}
