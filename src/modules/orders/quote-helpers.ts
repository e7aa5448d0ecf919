import type { Db } from '../../db/client.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { type ContractData, contractPlainText } from '../contracts/contract-text.ts';
import { findOrder, type OrderRow } from './order.repository.ts';
import {
  type AssessmentRow,
  type ContractRow,
  customerIdsOfUser,
  type QuoteRow,
  type SignatureRow,
} from './quote.repository.ts';
import './quote-audit-events.ts';

export const QUOTE_ID_PREFIX = {
  assessment: 'asm',
  quote: 'quo',
  contract: 'ctr',
  signature: 'sig',
} as const;

/** 409 with a Chinese reason (and its English twin). */
export const conflict = (zh: string, en: string) => new AppError('CONFLICT', { reason: { zh, en } });

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
/** The Shanghai calendar date of an instant, YYYY-MM-DD. */
export const shanghaiDate = (at: Date): string =>
  new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
/** A YYYY-MM-DD date plus n days. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
/** A YYYY-MM-DD date plus n months (clamped to the month's last day). */
export function addMonths(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + n + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + n, Math.min(d, last))).toISOString().slice(0, 10);
}

/**
 * The order of the logged-in customer (the H5 routes under /my): only the `customer` role may ask,
 * and only for an order of a customer file linked to her login; any other order answers 404.
 */
export async function loadMyOrder(ctx: Ctx, orderId: string, db: Db = ctx.db): Promise<OrderRow> {
  if (!ctx.actor.roles.some((r) => r.role === 'customer')) throw new AppError('FORBIDDEN');
  const mine = await customerIdsOfUser(db, ctx.actor.companyId, ctx.actor.userId);
  const order = await findOrder(db, ctx.actor.companyId, orderId);
  if (!order || !mine.includes(order.customerId)) throw notFound('order');
  return order;
}

export const toAssessmentView = (a: AssessmentRow) => ({
  id: a.id,
  orderId: a.orderId,
  assessorUserId: a.assessorUserId,
  scheduledAt: a.scheduledAt.toISOString(),
  recordedAt: a.recordedAt?.toISOString() ?? null,
  areaM2: a.areaM2,
  rooms: a.rooms,
  members: a.members as { relation: string; age?: number }[],
  habits: a.habits,
  requirements: a.requirements,
  photos: a.photos,
  createdAt: a.createdAt.toISOString(),
});

export const toQuoteView = (q: QuoteRow) => ({
  id: q.id,
  orderId: q.orderId,
  version: q.version,
  priceListVersionId: q.priceListVersionId,
  params: q.params as Record<string, unknown>,
  lines: q.lines as {
    kind: string;
    code: string;
    name: string;
    quantity: number;
    unit: string;
    unitPriceFen: number;
    amountFen: number;
    rateBp?: number;
  }[],
  totalFen: q.totalFen,
  monthlyTotalFen: q.monthlyTotalFen,
  firstPaymentFen: q.firstPaymentFen,
  validUntil: q.validUntil,
  state: q.state,
  decidedAt: q.decidedAt?.toISOString() ?? null,
  decidedVia: q.decidedVia,
  decisionNote: q.decisionNote,
  createdAt: q.createdAt.toISOString(),
});

/** Who must sign a contract: the customer and the company; 中介制 also the worker. */
export const requiredParties = (c: Pick<ContractRow, 'employmentModel'>) =>
  c.employmentModel === 'intermediary'
    ? (['customer', 'worker', 'company'] as const)
    : (['customer', 'company'] as const);

export const signatureViews = (rows: SignatureRow[]) =>
  rows.map((s) => ({
    party: s.party,
    signerName: s.signerName,
    signedAt: s.signedAt.toISOString(),
    signedSha256: s.signedSha256,
  }));

/** A contract as staff and the customer see it: its terms, their canonical text and the signers. */
export const toContractView = (c: ContractRow, signatures: SignatureRow[]) => ({
  id: c.id,
  orderId: c.orderId,
  quoteId: c.quoteId,
  number: c.number,
  version: c.version,
  previousId: c.previousId,
  kind: c.kind,
  employmentModel: c.employmentModel,
  state: c.state,
  textSha256: c.textSha256,
  terms: c.terms as Record<string, unknown>,
  text: contractPlainText(c.terms as ContractData),
  requiredParties: [...requiredParties(c)],
  signatures: signatureViews(signatures),
  createdAt: c.createdAt.toISOString(),
});
