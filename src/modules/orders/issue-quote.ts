import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { pgErrorCode } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { authorize } from '../../platform/permissions.ts';
import { quotePrice } from '../catalog/index.ts';
import { applyTransition, loadOrderFor } from './index.ts';
import {
  assessmentsOfOrder,
  insertQuote,
  lastQuoteVersion,
  serviceTypeOf,
  supersedeOpenQuotes,
} from './quote.repository.ts';
import { addDays, conflict, QUOTE_ID_PREFIX, shanghaiDate, toQuoteView } from './quote-helpers.ts';
import type { TQuoteIssue } from './quote-schemas.ts';

/**
 * Issues an itemized quote (R9) priced by the catalog from the CURRENT published price list of the
 * order's service type. Missing parameters come from the order: the quantity of an m² service
 * from the latest recorded assessment's area (else the order's quantity), the start from the
 * order's time window. Version = previous + 1; the previous open quote becomes `superseded` (it
 * stays readable); the order moves to `quoted` (transition `issue_quote`). Pricing errors
 * (a tier below the service's minimum, say) answer 422 and write nothing.
 */
export async function issueQuote(ctx: Ctx, orderId: string, input: TQuoteIssue) {
  authorize(ctx.actor, 'quote.write');
  const companyId = ctx.actor.companyId;
  const order = await loadOrderFor(ctx, 'quote.write', orderId);
  const service = await serviceTypeOf(ctx.db, companyId, order.serviceTypeId);
  const { validDays, ...asked } = input;
  let quantity = asked.quantity;
  if (quantity === undefined && order.mode === 'visit') {
    const area = (await assessmentsOfOrder(ctx.db, companyId, order.id))
      .filter((a) => a.recordedAt && a.areaM2 !== null)
      .at(-1)?.areaM2;
    quantity = (service?.unit === 'm2' ? (area ?? order.quantity) : order.quantity) ?? undefined;
  }
  const params = {
    ...asked,
    ...(quantity !== undefined && order.mode === 'visit' ? { quantity } : {}),
    ...(asked.startAt === undefined && order.windowStart ? { startAt: order.windowStart.toISOString() } : {}),
  };
  // Priced before the transaction (a read of the catalog); the transaction re-checks the order.
  const priced = await quotePrice(ctx, { serviceTypeId: order.serviceTypeId, ...params });
  const now = ctx.clock.now();
  const validUntil = addDays(shanghaiDate(now), validDays);
  try {
    return await ctx.db.transaction(async (tx) => {
      const current = await loadOrderFor(ctx, 'quote.write', orderId, tx);
      const version = (await lastQuoteVersion(tx, companyId, current.id)) + 1;
      const superseded = await supersedeOpenQuotes(tx, companyId, current.id);
      const row = await insertQuote(tx, {
        companyId,
        id: newId(QUOTE_ID_PREFIX.quote, now.getTime()),
        orderId: current.id,
        version,
        priceListVersionId: priced.priceListVersionId,
        params: { ...params, validDays },
        lines: priced.lines,
        totalFen: priced.totalFen,
        monthlyTotalFen: priced.monthlyTotalFen ?? null,
        firstPaymentFen: priced.firstPaymentFen ?? null,
        validUntil,
        state: 'issued',
        createdBy: ctx.actor.userId,
        createdAt: now,
      });
      await applyTransition(tx, ctx, current, 'issue_quote', {
        quoteId: row.id,
        version,
        totalFen: row.totalFen,
      });
      await writeAudit(tx, auditMeta(ctx), {
        action: 'quote.issue',
        entityType: 'quote',
        entityId: row.id,
        payload: {
          orderId: current.id,
          version,
          priceListVersionId: row.priceListVersionId,
          totalFen: row.totalFen,
          monthlyTotalFen: row.monthlyTotalFen,
          firstPaymentFen: row.firstPaymentFen,
          validUntil,
          superseded,
        },
      });
      return toQuoteView(row);
    });
  } catch (err) {
    if (pgErrorCode(err) === '23505')
      throw conflict('同时有另一份报价正在生成，请刷新后重试', 'Another quote was issued meanwhile; reload');
    throw err;
  }
}
