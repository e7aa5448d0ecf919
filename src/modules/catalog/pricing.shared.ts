import type { PLACEMENT_UNITS, SERVICE_MODES, VISIT_UNITS } from '../../db/schema/catalog.ts';
import type { WORKER_TIERS } from '../../db/schema/workers.ts';
import { TIER_LABELS, WORKER_TIER_LIST } from '../workers/index.ts';
import type { PriceContents } from './price-contents.ts';
import { percentOfFen, quoteError } from './pricing.money.ts';

/** The shapes of a quote (R9: itemized; fees and discounts are lines of their own). */
export type LineKind = 'item' | 'extra' | 'surcharge' | 'fee' | 'discount' | 'deposit' | 'wage';
export type LineUnit = (typeof VISIT_UNITS)[number] | (typeof PLACEMENT_UNITS)[number] | 'each' | 'day';
export type QuoteLine = {
  kind: LineKind;
  code: string;
  name: string;
  quantity: number;
  unit: LineUnit;
  unitPriceFen: number;
  /** Negative for discounts. */
  amountFen: number;
  /** For lines that are a share of other lines (night +20% = 2000). */
  rateBp?: number;
};
export type Coupon = { code: string; kind: 'fixed' | 'percent'; value: number; minTotalFen?: number };
export type QuoteParams = {
  /** Hours, m² or items of a visit (up to two decimals). */
  quantity?: number;
  /** ISO date-time with offset; its Asia/Shanghai time decides night and holiday surcharges. */
  startAt?: string;
  tier?: Tier | null;
  extras?: { code: string; qty: number }[];
  /** Visits per month of a recurring visit service. */
  frequencyPerMonth?: number;
  /** Already checked as valid by the caller; this function only applies them. */
  coupons?: Coupon[];
  monthlyWageFen?: number;
  trialDays?: number;
  /** Months (or 26-day cycles) of a placement. */
  months?: number;
};
export type PricedService = {
  name: string;
  mode: (typeof SERVICE_MODES)[number];
  unit: LineUnit;
  minTier: Tier | null;
};
export type QuoteInput = { serviceType: PricedService; contents: PriceContents; params: QuoteParams };
export type Quote = {
  lines: QuoteLine[];
  totalFen: number;
  /** Placements: what each month costs (wage + management fee). */
  monthlyTotalFen?: number;
  /** Placements: due at signing — first month's wage, dispatch fee, deposit, first management fee. */
  firstPaymentFen?: number;
  /** Coupons given but not applied (minimum spend not reached, nothing left to discount). */
  couponsNotApplied: { code: string; reason: string }[];
};

export type Tier = (typeof WORKER_TIERS)[number];
/** Lowest to highest, the tiers of R12 (their names come from the workers module). */
export const TIER_ORDER: readonly Tier[] = WORKER_TIER_LIST;
export { TIER_LABELS };

/** The tier to price at: the one asked for, else the service's minimum; below the minimum → 422. */
export function resolveTier(asked: Tier | null | undefined, minTier: Tier | null): Tier | null {
  const tier = asked ?? minTier;
  if (tier && minTier && TIER_ORDER.indexOf(tier) < TIER_ORDER.indexOf(minTier)) {
    throw quoteError(
      'tier',
      '等级',
      `该服务要求至少${TIER_LABELS[minTier]}家政员`,
      `This service needs at least a ${minTier} worker`,
    );
  }
  return tier;
}

export const sumFen = (lines: readonly QuoteLine[]): number => lines.reduce((s, l) => s + l.amountFen, 0);

/**
 * Coupons in the order given, each a negative line. A coupon's minimum spend is measured on
 * `baseFen` before any coupon; each discount is capped at what is left, so the discounted amount
 * never goes below 0.
 */
export function applyCoupons(
  coupons: readonly Coupon[],
  baseFen: number,
): { lines: QuoteLine[]; notApplied: Quote['couponsNotApplied'] } {
  const lines: QuoteLine[] = [];
  const notApplied: Quote['couponsNotApplied'] = [];
  let left = baseFen;
  for (const c of coupons) {
    if (c.minTotalFen !== undefined && baseFen < c.minTotalFen) {
      notApplied.push({ code: c.code, reason: '未达到优惠券的最低消费' });
      continue;
    }
    const wanted = c.kind === 'fixed' ? c.value : percentOfFen(left, Math.min(c.value, 10_000));
    const off = Math.min(Math.max(wanted, 0), left);
    if (off === 0) {
      notApplied.push({ code: c.code, reason: '没有可抵扣的金额' });
      continue;
    }
    left -= off;
    lines.push({
      kind: 'discount',
      code: `coupon:${c.code}`,
      name: `优惠券 ${c.code}`,
      quantity: 1,
      unit: 'each',
      unitPriceFen: -off,
      amountFen: -off,
      ...(c.kind === 'percent' ? { rateBp: c.value } : {}),
    });
  }
  return { lines, notApplied };
}

/** A one-off line (quantity 1, each). */
export const oneOff = (
  kind: LineKind,
  code: string,
  name: string,
  amountFen: number,
  rateBp?: number,
): QuoteLine => ({
  kind,
  code,
  name,
  quantity: 1,
  unit: 'each',
  unitPriceFen: amountFen,
  amountFen,
  ...(rateBp !== undefined ? { rateBp } : {}),
});
