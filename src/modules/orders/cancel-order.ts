import type { Ctx } from '../../platform/context.ts';
import { loadCurrentPrices, type PriceContents, quotePrice } from '../catalog/index.ts';
import { latestQuoteTotal, type OrderRow } from './order.repository.ts';
import { applyTransition, loadOrderFor, orderDetailOf } from './order-helpers.ts';

type CancellationRule = PriceContents['cancellation'][number];

/** When the service was to start: the visit window, or 00:00 Shanghai of the placement's start date. */
export function serviceStartOf(o: Pick<OrderRow, 'windowStart' | 'startDate'>): Date | null {
  if (o.windowStart) return o.windowStart;
  if (o.startDate) return new Date(`${o.startDate}T00:00:00+08:00`);
  return null;
}

/**
 * The cancellation fee from the price list's rules: the rule with the largest `hoursBeforeStart`
 * that the time left still reaches applies its rate to the order's amount. No start, no rules or
 * no amount → 0.
 */
export function cancellationFeeFen(
  rules: readonly CancellationRule[],
  start: Date | null,
  now: Date,
  amountFen: number,
): number {
  if (!start || !rules.length || amountFen <= 0) return 0;
  const hoursLeft = Math.max(0, (start.getTime() - now.getTime()) / 3_600_000);
  const rule = [...rules]
    .sort((a, b) => b.hoursBeforeStart - a.hoursBeforeStart)
    .find((r) => hoursLeft >= r.hoursBeforeStart);
  return rule ? Math.round((amountFen * rule.feeBp) / 10_000) : 0;
}

/** The current rules and, for a visit without a quote, its instant price; none when not priced. */
async function pricingOf(ctx: Ctx, o: OrderRow): Promise<{ rules: CancellationRule[]; estimateFen: number }> {
  let rules: CancellationRule[] = [];
  try {
    const { priceList } = await loadCurrentPrices(ctx, o.serviceTypeId);
    rules = (priceList.contents as Partial<PriceContents>).cancellation ?? [];
  } catch {
    return { rules: [], estimateFen: 0 }; // no published price list (or no catalog access): no fee
  }
  let estimateFen = 0;
  if (o.mode === 'visit' && o.quantity && o.windowStart) {
    try {
      const q = await quotePrice(ctx, {
        serviceTypeId: o.serviceTypeId,
        quantity: o.quantity,
        startAt: o.windowStart.toISOString(),
      });
      estimateFen = q.totalFen;
    } catch {
      estimateFen = 0;
    }
  }
  return { rules, estimateFen };
}

/**
 * Cancels an order before service (SPEC §3; the transition table refuses once service started or
 * from a final state → 409). Records the reason and the fee of the price list's cancellation rule,
 * based on the hours left before the window start and the latest quote (or the instant price).
 */
export async function cancelOrder(ctx: Ctx, id: string, reason: string) {
  const first = await loadOrderFor(ctx, 'order.write', id);
  // Read outside the transaction: the catalog reads through its own connection (PGlite has one).
  const { rules, estimateFen } = await pricingOf(ctx, first);
  return ctx.db.transaction(async (tx) => {
    const o = await loadOrderFor(ctx, 'order.write', id, tx);
    const amountFen = (await latestQuoteTotal(tx, o.companyId, o.id)) ?? estimateFen;
    const feeFen = cancellationFeeFen(rules, serviceStartOf(o), ctx.clock.now(), amountFen);
    await applyTransition(
      tx,
      ctx,
      o,
      'cancel',
      { reason, feeFen },
      { cancelReason: reason, cancelFeeFen: feeFen },
    );
    return orderDetailOf(tx, ctx, o.id);
  });
}
