/** Typed calls to the orders API: orders, routing, callbacks, assessments, quotes, contracts. */
import { http } from '../../../shared/http';
import type { ListParams, Page } from '../../types';
import type {
  Assessment,
  AssessmentRecord,
  Callback,
  CallbackQueueItem,
  Contract,
  InstantQuote,
  OrderCreate,
  OrderDetail,
  OrderListItem,
  PriceParams,
  Quote,
  ServiceType,
} from './types';

const V1 = '/api/v1';
const id = (value: string) => encodeURIComponent(value);
const order = (orderId: string, rest = '') => `${V1}/orders/${id(orderId)}${rest}`;

export interface OrderQuery extends ListParams {
  status?: string;
  storeId?: string;
  serviceTypeId?: string;
  ownerAgentId?: string;
  urgent?: string;
  routing?: string;
  from?: string;
  to?: string;
  overdueCallbacks?: string;
}

export const contractPdfUrl = (contractId: string) => `${V1}/contracts/${id(contractId)}/pdf`;

export const ordersApi = {
  list: (query: OrderQuery) => http.get<Page<OrderListItem>>(`${V1}/orders`, { query: { ...query } }),
  inbox: () => http.get<{ items: OrderListItem[] }>(`${V1}/orders/inbox`),
  get: (orderId: string) => http.get<OrderDetail>(order(orderId)),
  create: (body: OrderCreate) => http.post<OrderDetail>(`${V1}/orders`, { body }),
  confirm: (orderId: string) => http.post<OrderDetail>(order(orderId, '/confirm')),
  route: (orderId: string, storeId: string) =>
    http.post<OrderDetail>(order(orderId, '/route'), { body: { storeId } }),
  accept: (orderId: string) => http.post<OrderDetail>(order(orderId, '/accept')),
  clarify: (orderId: string, question: string) =>
    http.post<OrderDetail>(order(orderId, '/clarify'), { body: { question } }),
  offer: (orderId: string) => http.post<OrderDetail>(order(orderId, '/offer')),
  claim: (orderId: string, storeId?: string) =>
    http.post<OrderDetail>(order(orderId, '/claim'), { query: { storeId } }),
  cancel: (orderId: string, reason: string) =>
    http.post<OrderDetail>(order(orderId, '/cancel'), { body: { reason } }),
  addCallback: (orderId: string, body: { dueOn: string; reason: string }) =>
    http.post<Callback>(order(orderId, '/callbacks'), { body }),
  completeCallback: (callbackId: string, outcome: string) =>
    http.post<Callback>(`${V1}/callbacks/${id(callbackId)}/complete`, { body: { outcome } }),
  callbacks: (query: { mine?: string; due?: string }) =>
    http.get<{ items: CallbackQueueItem[] }>(`${V1}/callbacks`, { query: { ...query } }),
  assessments: (orderId: string) => http.get<{ items: Assessment[] }>(order(orderId, '/assessments')),
  scheduleAssessment: (orderId: string, body: { scheduledAt: string; assessorUserId: string }) =>
    http.post<Assessment>(order(orderId, '/assessments'), { body }),
  recordAssessment: (assessmentId: string, body: AssessmentRecord) =>
    http.post<Assessment>(`${V1}/assessments/${id(assessmentId)}/record`, { body }),
  quotes: (orderId: string) => http.get<{ items: Quote[] }>(order(orderId, '/quotes')),
  issueQuote: (orderId: string, body: PriceParams & { validDays?: number }) =>
    http.post<Quote>(order(orderId, '/quotes'), { body }),
  acceptQuote: (quoteId: string, note: string) =>
    http.post<Quote>(`${V1}/quotes/${id(quoteId)}/accept`, { body: { via: 'phone', note } }),
  rejectQuote: (quoteId: string, note: string) =>
    http.post<Quote>(`${V1}/quotes/${id(quoteId)}/reject`, { body: { note } }),
  contracts: (orderId: string) => http.get<{ items: Contract[] }>(order(orderId, '/contracts')),
  generateContract: (
    orderId: string,
    body: { employmentModel?: 'employee' | 'intermediary'; workerId?: string },
  ) => http.post<Contract>(order(orderId, '/contracts'), { body }),
  countersign: (contractId: string) => http.post<Contract>(`${V1}/contracts/${id(contractId)}/countersign`),
};

export const catalogApi = {
  serviceTypes: () =>
    http.get<{ items: ServiceType[] }>(`${V1}/service-types`, { query: { status: 'active' } }),
  priceQuote: (body: PriceParams & { serviceTypeId: string }, signal?: AbortSignal) =>
    http.post<InstantQuote>(`${V1}/price-quote`, { body, signal }),
};
