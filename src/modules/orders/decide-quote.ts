import type { Db } from '../../db/client.ts';
import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { authorize } from '../../platform/permissions.ts';
import { addTimelineEvent, loadOrderFor, type OrderRow } from './index.ts';
import { decideQuoteIf, findQuote, type QuoteRow } from './quote.repository.ts';
import { conflict, loadMyOrder, shanghaiDate, toQuoteView } from './quote-helpers.ts';

type Decision = 'accept' | 'reject';
const STATE_REASON: Record<Exclude<QuoteRow['state'], 'issued'>, [string, string]> = {
  superseded: ['该报价已被新版本取代，请查看最新报价', 'This quote was replaced by a newer version'],
  accepted: ['该报价已接受，不能重复操作', 'This quote has already been accepted'],
  rejected: ['该报价已拒绝', 'This quote has already been rejected'],
};

/** Only the current `issued` quote, not expired (valid until ≥ today in Shanghai), may be decided. */
function checkDecidable(ctx: Ctx, q: QuoteRow): void {
  if (q.state !== 'issued') {
    const [zh, en] = STATE_REASON[q.state];
    throw conflict(zh, en);
  }
  if (q.validUntil < shanghaiDate(ctx.clock.now()))
    throw conflict(`该报价已于 ${q.validUntil} 过期，请重新报价`, 'This quote has expired');
}

async function decide(
  ctx: Ctx,
  tx: Db,
  order: OrderRow,
  q: QuoteRow,
  decision: Decision,
  via: 'h5' | 'phone',
  note: string | null,
) {
  checkDecidable(ctx, q);
  const state = decision === 'accept' ? 'accepted' : 'rejected';
  const row = await decideQuoteIf(tx, ctx.actor.companyId, q.id, {
    state,
    decidedAt: ctx.clock.now(),
    decidedVia: via,
    decisionNote: note,
  });
  if (!row) throw conflict('报价状态已被他人修改，请刷新后重试', 'The quote was changed meanwhile');
  await addTimelineEvent(tx, ctx, order.id, decision === 'accept' ? 'quote_accept' : 'quote_reject', {
    data: { quoteId: q.id, version: q.version, via },
  });
  await writeAudit(tx, auditMeta(ctx), {
    action: decision === 'accept' ? 'quote.accept' : 'quote.reject',
    entityType: 'quote',
    entityId: q.id,
    payload: { orderId: order.id, version: q.version, via, note },
  });
  return toQuoteView(row);
}

/**
 * The agent records the customer's answer given by phone (电话确认), with a note of the call.
 * A superseded, expired or already decided quote answers 409 and nothing changes.
 */
export async function decideQuoteByStaff(ctx: Ctx, quoteId: string, decision: Decision, note: string) {
  authorize(ctx.actor, 'quote.write');
  return ctx.db.transaction(async (tx) => {
    const q = await findQuote(tx, ctx.actor.companyId, quoteId);
    if (!q) throw notFound('quote');
    const order = await loadOrderFor(ctx, 'quote.write', q.orderId, tx);
    return decide(ctx, tx, order, q, decision, 'phone', note);
  });
}

/** The customer accepts or rejects her quote on the H5 page (only a quote of her own order). */
export async function decideMyQuote(ctx: Ctx, quoteId: string, decision: Decision, note?: string) {
  if (!ctx.actor.roles.some((r) => r.role === 'customer')) throw new AppError('FORBIDDEN');
  return ctx.db.transaction(async (tx) => {
    const q = await findQuote(tx, ctx.actor.companyId, quoteId);
    if (!q) throw notFound('quote');
    const order = await loadMyOrder(ctx, q.orderId, tx);
    return decide(ctx, tx, order, q, decision, 'h5', note ?? null);
  });
}
