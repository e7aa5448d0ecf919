import type { Ctx } from '../../platform/context.ts';
import { loadOrderFor } from './index.ts';
import { assessmentsOfOrder, quotesOfOrder } from './quote.repository.ts';
import { loadMyOrder, toAssessmentView, toQuoteView } from './quote-helpers.ts';

/** Every quote version of an order, superseded ones included (staff who may read the order). */
export async function listQuotes(ctx: Ctx, orderId: string) {
  const order = await loadOrderFor(ctx, 'order.read', orderId);
  return { items: (await quotesOfOrder(ctx.db, ctx.actor.companyId, order.id)).map(toQuoteView) };
}

/** The quotes of the customer's own order (H5). */
export async function listMyQuotes(ctx: Ctx, orderId: string) {
  const order = await loadMyOrder(ctx, orderId);
  return { items: (await quotesOfOrder(ctx.db, ctx.actor.companyId, order.id)).map(toQuoteView) };
}

/** The assessments of an order. */
export async function listAssessments(ctx: Ctx, orderId: string) {
  const order = await loadOrderFor(ctx, 'order.read', orderId);
  return { items: (await assessmentsOfOrder(ctx.db, ctx.actor.companyId, order.id)).map(toAssessmentView) };
}
