import type { PlacementPrices } from './price-contents.ts';
import { dailyRateFen, percentOfFen, quoteError, yuan } from './pricing.money.ts';
import {
  applyCoupons,
  oneOff,
  type PricedService,
  type Quote,
  type QuoteLine,
  type QuoteParams,
  resolveTier,
  sumFen,
  TIER_LABELS,
  TIER_ORDER,
} from './pricing.shared.ts';

/**
 * A placement (R11, §P): the monthly wage (inside the tier's band) × months, trial days at the
 * daily rate (wage ÷ divisor, rounded half up to the fen), the management fee per month, the
 * one-off dispatch fee and the refundable deposit. Coupons reduce only the company's dispatch fee —
 * never the worker's wage, the management fee of later months or the deposit.
 *
 * monthlyTotalFen = wage + management fee.
 * firstPaymentFen = first month's wage (prepaid, §P 预缴壹个月工资) + dispatch fee (less coupons)
 *   + deposit + first management fee. Trial days are settled at the end of the trial, not here.
 */
export function pricePlacement(service: PricedService, p: PlacementPrices, params: QuoteParams): Quote {
  const tier = resolveTier(params.tier, service.minTier) ?? TIER_ORDER.find((t) => p.wageBands[t]) ?? null;
  const band = tier ? p.wageBands[tier] : undefined;
  if (!tier || !band) {
    const zh = `该服务没有${tier ? TIER_LABELS[tier] : ''}家政员的工资标准`;
    throw quoteError('tier', '等级', zh, 'No wage band for this tier');
  }
  const wage = params.monthlyWageFen ?? band.defaultFen;
  if (!Number.isInteger(wage) || wage < band.minFen || wage > band.maxFen) {
    const zh = `${TIER_LABELS[tier]}月工资应在 ¥${yuan(band.minFen)}–¥${yuan(band.maxFen)} 之间`;
    throw quoteError('monthlyWageFen', '月工资', zh, 'Monthly wage is outside the band of this tier');
  }
  const months = params.months ?? 1;
  if (!Number.isInteger(months) || months < 1)
    throw quoteError('months', '月数', '月数应为正整数', 'Months must be a positive whole number');
  const trialDays = params.trialDays ?? p.trialDays;
  if (!Number.isInteger(trialDays) || trialDays < 0)
    throw quoteError('trialDays', '试用天数', '试用天数应为非负整数', 'Trial days must be 0 or more');
  if (params.extras?.length)
    throw quoteError('extras', '附加项', '上户服务没有附加项', 'Placements have no extras');

  const unit = service.unit;
  const lines: QuoteLine[] = [
    {
      kind: 'wage',
      code: 'wage',
      name: `${TIER_LABELS[tier]}${service.name}工资`,
      quantity: months,
      unit,
      unitPriceFen: wage,
      amountFen: wage * months,
    },
  ];
  if (trialDays > 0) {
    const daily = dailyRateFen(wage, p.dailyRateDivisor);
    lines.push({
      kind: 'wage',
      code: 'trial_wage',
      name: `试用期工资（月工资 ÷ ${p.dailyRateDivisor} × 天数）`,
      quantity: trialDays,
      unit: 'day',
      unitPriceFen: daily,
      amountFen: daily * trialDays,
    });
  }
  const fee = p.managementFee;
  const monthlyFee = fee.kind === 'fixed' ? (fee.fen ?? 0) : percentOfFen(wage, fee.bp ?? 0);
  if (monthlyFee > 0) {
    lines.push({
      kind: 'fee',
      code: 'management_fee',
      name: '管理费',
      quantity: months,
      unit,
      unitPriceFen: monthlyFee,
      amountFen: monthlyFee * months,
      ...(fee.kind === 'percent' ? { rateBp: fee.bp } : {}),
    });
  }
  if (p.dispatchFeeFen > 0) lines.push(oneOff('fee', 'dispatch_fee', '派遣费', p.dispatchFeeFen));
  const coupons = applyCoupons(params.coupons ?? [], p.dispatchFeeFen);
  lines.push(...coupons.lines);
  if (p.depositFen > 0) lines.push(oneOff('deposit', 'deposit', '保证金（可退）', p.depositFen));

  return {
    lines,
    totalFen: sumFen(lines),
    monthlyTotalFen: wage + monthlyFee,
    firstPaymentFen: wage + p.dispatchFeeFen + sumFen(coupons.lines) + p.depositFen + monthlyFee,
    couponsNotApplied: coupons.notApplied,
  };
}
