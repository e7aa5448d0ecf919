import type { VisitPrices } from './price-contents.ts';
import { inWindow, percentOfFen, quoteError, shanghaiParts, timesCenti, toCenti } from './pricing.money.ts';
import { pricePlacement } from './pricing.placement.ts';
import {
  applyCoupons,
  oneOff,
  type PricedService,
  type Quote,
  type QuoteInput,
  type QuoteLine,
  type QuoteParams,
  resolveTier,
  sumFen,
  TIER_LABELS,
} from './pricing.shared.ts';

export type { Coupon, Quote, QuoteInput, QuoteLine, QuoteParams } from './pricing.shared.ts';

/**
 * The one pricing function (R9, §Q: every line comes from the published price list — no
 * arbitrary fees). Pure: the same service, price list contents and parameters always give the
 * same lines. Money is integer fen; every share is rounded half up to the fen.
 * Throws AppError VALIDATION_FAILED (422) naming the request field in Chinese.
 */
export function priceQuote(input: QuoteInput): Quote {
  const { serviceType, contents, params } = input;
  if (serviceType.mode === 'placement') {
    if (!contents.placement)
      throw quoteError('serviceTypeId', '服务类型', '价目表缺少上户价格', 'No placement prices');
    return pricePlacement(serviceType, contents.placement, params);
  }
  if (!contents.visit) throw quoteError('serviceTypeId', '服务类型', '价目表缺少上门价格', 'No visit prices');
  return priceVisit(serviceType, contents.visit, params);
}

/**
 * A visit: the service (base price + tier surcharge per unit × quantity), topped up to the
 * minimum charge; night and holiday surcharges as shares of that service amount (not of extras);
 * extras; then the best frequency discount on everything so far; then coupons, capped at 0.
 */
function priceVisit(service: PricedService, p: VisitPrices, params: QuoteParams): Quote {
  const centi = toCenti(params.quantity ?? Number.NaN);
  if (!Number.isFinite(centi) || centi <= 0)
    throw quoteError('quantity', '数量', '数量应大于 0', 'Quantity must be more than 0');
  if (!params.startAt)
    throw quoteError('startAt', '开始时间', '请填写服务开始时间', 'Start time is required');
  const when = shanghaiParts(params.startAt);
  if (!when) throw quoteError('startAt', '开始时间', '开始时间格式不正确', 'Invalid start time');
  const tier = resolveTier(params.tier, service.minTier);
  const quantity = centi / 100;
  const unit = service.unit;

  const lines: QuoteLine[] = [
    {
      kind: 'item',
      code: 'base',
      name: service.name,
      quantity,
      unit,
      unitPriceFen: p.basePriceFen,
      amountFen: timesCenti(p.basePriceFen, centi),
    },
  ];
  const tierFen = tier ? (p.tierSurchargesFen[tier] ?? 0) : 0;
  if (tier && tierFen > 0) {
    lines.push({
      kind: 'surcharge',
      code: `tier_${tier}`,
      name: `${TIER_LABELS[tier]}家政员加价`,
      quantity,
      unit,
      unitPriceFen: tierFen,
      amountFen: timesCenti(tierFen, centi),
    });
  }
  // Minimum charge: the larger of the fixed minimum and the minimum units at this unit price.
  const minimum = Math.max(p.minimumFen, timesCenti(p.basePriceFen + tierFen, toCenti(p.minimumUnits)));
  const shortBy = minimum - sumFen(lines);
  if (shortBy > 0) lines.push(oneOff('fee', 'minimum_charge', '最低消费补差', shortBy));
  const serviceFen = sumFen(lines);

  // Surcharges are decided by the start alone (Asia/Shanghai): a job starting 06:30 inside a
  // 20:00–07:00 window is a night job; one starting 07:00 is not. Both may apply, each on the
  // service amount (they add up, they do not compound).
  const night = p.nightSurcharge;
  if (night && night.bp > 0 && inWindow(when.minutes, night.from, night.to)) {
    const amount = percentOfFen(serviceFen, night.bp);
    lines.push(oneOff('surcharge', 'night', `夜间加价（${night.from}–${night.to}）`, amount, night.bp));
  }
  const holiday = p.holidaySurcharge;
  if (holiday && holiday.bp > 0 && holiday.dates.includes(when.date)) {
    const amount = percentOfFen(serviceFen, holiday.bp);
    lines.push(oneOff('surcharge', 'holiday', `节假日加价（${when.date}）`, amount, holiday.bp));
  }

  for (const asked of params.extras ?? []) {
    const extra = p.extras.find((e) => e.code === asked.code);
    if (!extra)
      throw quoteError('extras', '附加项', `未知附加项：${asked.code}`, `Unknown extra: ${asked.code}`);
    const qty = toCenti(asked.qty);
    if (!Number.isFinite(qty) || qty <= 0)
      throw quoteError(
        'extras',
        '附加项',
        `附加项「${extra.name}」的数量应大于 0`,
        'Extra quantity must be > 0',
      );
    lines.push({
      kind: 'extra',
      code: extra.code,
      name: extra.name,
      quantity: qty / 100,
      unit: extra.unit,
      unitPriceFen: extra.priceFen,
      amountFen: timesCenti(extra.priceFen, qty),
    });
  }

  const best = bestFrequencyDiscount(p.frequencyDiscounts, params.frequencyPerMonth);
  if (best) {
    const off = percentOfFen(sumFen(lines), best.discountBp);
    if (off > 0) {
      const name = `周期服务优惠（每月 ${best.minVisitsPerMonth} 次及以上）`;
      lines.push({ ...oneOff('discount', 'frequency', name, -off), rateBp: best.discountBp });
    }
  }

  const coupons = applyCoupons(params.coupons ?? [], sumFen(lines));
  lines.push(...coupons.lines);
  return { lines, totalFen: sumFen(lines), couponsNotApplied: coupons.notApplied };
}

/** The largest discount among the tiers the frequency qualifies for; none without a frequency. */
export function bestFrequencyDiscount(
  tiers: VisitPrices['frequencyDiscounts'],
  perMonth: number | undefined,
): VisitPrices['frequencyDiscounts'][number] | null {
  if (!perMonth) return null;
  let best: VisitPrices['frequencyDiscounts'][number] | null = null;
  for (const t of tiers) {
    if (t.minVisitsPerMonth <= perMonth && (!best || t.discountBp > best.discountBp)) best = t;
  }
  return best;
}
