import type { Db } from '../../db/client.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { findOrderJoined, listOrderEvents, type OrderEventRow, type OrderRow } from './order.repository.ts';
import { ORDER_ACTIONS, ORDER_STATE_LABELS, type OrderState } from './orders.rules.ts';
import { contractsOfOrder, quotesOfOrder, signaturesOf } from './quote.repository.ts';
import { loadMyOrder, toQuoteView } from './quote-helpers.ts';

/**
 * Timeline entries a customer sees, with their Chinese label. Routing inside the company (route,
 * store accept, clarify, offer, claim) and callbacks are internal; transitions are shown by the
 * state they lead to. No actor is ever shown (staff names and phones stay inside).
 */
const EVENT_LABELS: Record<string, string> = {
  create: '提交需求',
  record_assessment: '上门评估已完成',
  quote_accept: '您已接受报价',
  quote_reject: '您已拒绝报价',
};
const CONTRACT_SIGN_LABELS: Record<string, string> = {
  customer: '您已签署合同',
  company: '公司已盖章',
  worker: '服务人员已签字',
};
const TRANSITION_LABELS: Partial<Record<string, string>> = {
  confirm: '需求已确认',
  schedule_assessment: '已安排上门评估',
  issue_quote: '公司已报价',
  sign_contract: '合同已生效',
  dispatch: '已派单',
  schedule_interview: '已安排面试',
  start_trial: '开始试用',
  start_service: '开始服务',
  complete: '服务完工',
  request_rework: '返工',
  accept: '验收通过',
  settle: '已结算',
  follow_up: '已回访',
  close: '订单已关闭',
  cancel: '订单已取消',
  terminate: '已解约',
};
/** The only event data a customer sees. */
const SAFE_DATA = ['quoteId', 'contractId', 'version', 'party', 'scheduledAt', 'bookedPrice'] as const;

function customerEvent(e: OrderEventRow) {
  const data = (e.data ?? {}) as Record<string, unknown>;
  let label: string | undefined;
  if (e.action === 'contract_sign') label = CONTRACT_SIGN_LABELS[String(data.party)];
  else if (e.toStatus && (ORDER_ACTIONS as string[]).includes(e.action)) label = TRANSITION_LABELS[e.action];
  else label = EVENT_LABELS[e.action];
  if (!label) return null;
  const safe: Record<string, unknown> = {};
  for (const k of SAFE_DATA) if (data[k] !== undefined) safe[k] = data[k];
  return {
    at: e.at.toISOString(),
    action: e.action,
    label,
    toStatus: e.toStatus,
    data: safe,
  };
}

/** Her view of an order, read with `db` (inside the booking transaction too). */
export async function getMyOrderIn(db: Db, ctx: Ctx, order: OrderRow) {
  const companyId = ctx.actor.companyId;
  const [o, events, quotes, contracts] = await Promise.all([
    findOrderJoined(db, companyId, order.id),
    listOrderEvents(db, companyId, order.id),
    quotesOfOrder(db, companyId, order.id),
    contractsOfOrder(db, companyId, order.id),
  ]);
  if (!o) throw notFound('order');
  const timeline = events.map(customerEvent).filter((e) => e !== null);
  const created = events.find((e) => e.action === 'create');
  const booked = ((created?.data ?? {}) as { bookedPrice?: unknown }).bookedPrice as
    | { totalFen: number; monthlyTotalFen?: number; firstPaymentFen?: number; priceListVersionId: string }
    | undefined;
  const latestQuote = quotes.filter((q) => q.state !== 'superseded').at(-1) ?? null;
  const live = contracts.filter((c) => c.state !== 'superseded');
  const contract = live.sort((a, b) => a.version - b.version).at(-1) ?? null;
  const signatures = contract ? await signaturesOf(db, companyId, contract.id) : [];
  const q = latestQuote ? toQuoteView(latestQuote) : null;
  return {
    id: o.id,
    status: o.status,
    statusLabel: ORDER_STATE_LABELS[o.status as OrderState],
    mode: o.mode,
    channel: o.channel,
    serviceTypeId: o.serviceTypeId,
    serviceName: o.serviceName,
    windowStart: o.windowStart?.toISOString() ?? null,
    windowEnd: o.windowEnd?.toISOString() ?? null,
    startDate: o.startDate,
    quantity: o.quantity,
    addressId: o.addressId,
    district: o.district,
    community: o.community,
    createdAt: o.createdAt.toISOString(),
    bookedPrice: booked
      ? {
          totalFen: booked.totalFen,
          monthlyTotalFen: booked.monthlyTotalFen ?? null,
          firstPaymentFen: booked.firstPaymentFen ?? null,
          priceListVersionId: booked.priceListVersionId,
        }
      : null,
    timeline,
    quote: q
      ? {
          id: q.id,
          version: q.version,
          state: q.state,
          lines: q.lines,
          totalFen: q.totalFen,
          monthlyTotalFen: q.monthlyTotalFen,
          firstPaymentFen: q.firstPaymentFen,
          validUntil: q.validUntil,
          decidedAt: q.decidedAt,
        }
      : null,
    contract: contract
      ? {
          id: contract.id,
          number: contract.number,
          version: contract.version,
          state: contract.state,
          customerSigned: signatures.some((s) => s.party === 'customer'),
          companySigned: signatures.some((s) => s.party === 'company'),
        }
      : null,
  };
}

/** GET /my/orders/:id — only her own order (any other answers 404; staff 403). */
export async function getMyOrder(ctx: Ctx, id: string) {
  const order = await loadMyOrder(ctx, id);
  return getMyOrderIn(ctx.db, ctx, order);
}
