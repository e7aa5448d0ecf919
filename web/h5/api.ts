/**
 * The calls the H5 makes: login, who am I, skills, the available-worker board, and the customer's
 * bookings — services, instant price, her addresses, her orders, quotes, contracts and who is
 * coming; and the worker's jobs (我的工作) with her answers to offers.
 */
import { http } from '../shared/http';

const V1 = '/api/v1';

export type Tier = 'junior' | 'middle' | 'senior_a' | 'senior_b';

export interface Me {
  user: { id: string; username: string; displayName: string };
  company: { id: string; name: string };
  roles?: { role: string; storeId: string | null; storeName: string | null }[];
  permissions: string[];
}

/**
 * A job as the worker sees it (R16): the detailed address and the call number are null outside
 * the release window (from 2 hours before the start to the end) — the server decides.
 */
export interface WorkerJob {
  id: string;
  orderId: string;
  kind: 'visit' | 'placement';
  /** offered · active · declined · expired · cancelled · ended … (stateLabel says it in words) */
  state: string;
  stateLabel: string;
  serviceName: string;
  checklistName: string;
  startsAt: string;
  endsAt: string;
  district: string | null;
  customerName: string;
  released: boolean;
  releaseFrom: string | null;
  releaseUntil: string | null;
  address: { text: string; accessNotes: string | null } | null;
  call: { number: string; via: string | null } | null;
  offer: { open: boolean; expiresAt: string | null } | null;
}

export interface MyJobs {
  worker: { name: string };
  now: string;
  items: WorkerJob[];
}

/** Who is coming to the customer's order (R18): never the worker's phone (R16). */
export interface WhosComing {
  orderId: string;
  worker: {
    name: string;
    photoUrl: string | null;
    tier: Tier | null;
    tierLabel: string | null;
    skills: string[];
    ratingAvg: number | null;
    ratingCount: number;
    nativePlace: string;
    age: number;
    startsAt: string;
    endsAt: string;
  } | null;
  contact: { via: string; number: string | null };
}

/** What a customer may see of a worker (R16: never a phone, ID number or address). */
export interface BoardCard {
  id: string;
  photoUrl: string | null;
  displayName: string;
  ageRange: string;
  nativePlace: string;
  tier: Tier | null;
  tierLabel: string | null;
  skills: string[];
  certificates: { kind: string; name: string; verified: boolean }[];
  ratingAvg: number | null;
  ratingCount: number;
  trust: 'green' | 'yellow' | 'red';
}

export interface BoardQuery {
  skillId?: string;
  tier?: Tier;
  ageMin?: number;
  ageMax?: number;
  nativePlace?: string;
}

export interface Skill {
  id: string;
  name: string;
  nameEn: string | null;
  status: 'active' | 'disabled';
}

export type ServiceUnit = 'hour' | 'm2' | 'each' | 'month' | 'cycle26' | string;

export interface ServiceType {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  mode: 'visit' | 'placement';
  unit: ServiceUnit;
  defaultDuration: number;
  status: 'active' | 'disabled';
}

export interface PriceLine {
  kind: string;
  code: string;
  name: string;
  quantity: number;
  unit: string;
  unitPriceFen: number;
  amountFen: number;
}

export interface InstantPrice {
  serviceTypeId: string;
  priceListVersionId: string;
  version: number;
  lines: PriceLine[];
  totalFen: number;
  monthlyTotalFen?: number;
  firstPaymentFen?: number;
}

export interface PriceQuery {
  serviceTypeId: string;
  quantity?: number;
  startAt?: string;
}

export interface Address {
  id: string;
  label: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  community: string | null;
  detail: string | null;
  isDefault: boolean;
}

export interface MyCustomer {
  id: string;
  name: string;
  addresses: Address[];
}

export type OrderStatus =
  | 'inquiry'
  | 'confirmed'
  | 'assessment'
  | 'quoted'
  | 'contracted'
  | 'dispatched'
  | 'interview'
  | 'trial'
  | 'in_service'
  | 'completed'
  | 'rework'
  | 'accepted'
  | 'settled'
  | 'followed_up'
  | 'closed'
  | 'cancelled'
  | 'terminated';

export interface MyOrderItem {
  id: string;
  status: OrderStatus;
  statusLabel: string;
  mode: 'visit' | 'placement';
  serviceName: string | null;
  windowStart: string | null;
  windowEnd: string | null;
  startDate: string | null;
  quoteTotalFen: number | null;
  createdAt: string;
}

export type ContractState = 'draft' | 'customer_signed' | 'signed' | 'superseded';

export interface MyOrder extends Omit<MyOrderItem, 'quoteTotalFen'> {
  channel: string;
  serviceTypeId: string;
  quantity: number | null;
  district: string | null;
  community: string | null;
  bookedPrice: {
    totalFen: number;
    monthlyTotalFen: number | null;
    firstPaymentFen: number | null;
  } | null;
  timeline: {
    at: string;
    action: string;
    label: string;
    toStatus: string | null;
    data: Record<string, unknown>;
  }[];
  quote: {
    id: string;
    version: number;
    state: 'issued' | 'accepted' | 'rejected' | 'superseded';
    lines: PriceLine[];
    totalFen: number;
    monthlyTotalFen: number | null;
    firstPaymentFen: number | null;
    validUntil: string;
  } | null;
  contract: {
    id: string;
    number: string;
    version: number;
    state: ContractState;
    customerSigned: boolean;
    companySigned: boolean;
  } | null;
}

export interface BookInput {
  serviceTypeId: string;
  windowStart?: string;
  windowEnd?: string;
  startDate?: string;
  addressId: string;
  quantity?: number;
  notes?: string;
}

export interface MyContract {
  id: string;
  number: string;
  version: number;
  state: ContractState;
  textSha256: string;
  text: string;
  terms: { customer?: { name?: string } } & Record<string, unknown>;
  signatures: { party: string; signerName: string; signedAt: string }[];
}

export const api = {
  login: (username: string, password: string) =>
    http.post<Me>(`${V1}/auth/login`, { body: { username, password }, skipAuthRedirect: true }),
  logout: () => http.post<void>(`${V1}/auth/logout`, { skipAuthRedirect: true }),
  me: () => http.get<Me>(`${V1}/me`, { skipAuthRedirect: true }),
  skills: () => http.get<{ items: Skill[] }>(`${V1}/skills`),
  board: (query: BoardQuery & { limit: number; cursor: string | null }) =>
    http.get<{ items: BoardCard[]; nextCursor: string | null }>(`${V1}/board/workers`, {
      query: { ...query },
    }),
  serviceTypes: () =>
    http.get<{ items: ServiceType[] }>(`${V1}/service-types`, { query: { status: 'active' } }),
  priceQuote: (body: PriceQuery, signal?: AbortSignal) =>
    http.post<InstantPrice>(`${V1}/price-quote`, { body, signal }),
  myCustomer: () => http.get<MyCustomer>(`${V1}/me/customer`),
  book: (body: BookInput, idempotencyKey: string) =>
    http.post<MyOrder & { price: InstantPrice }>(`${V1}/my/orders`, { body, idempotencyKey }),
  myOrders: (limit: number, cursor: string | null) =>
    http.get<{ items: MyOrderItem[]; nextCursor: string | null }>(`${V1}/my/orders`, {
      query: { limit, cursor },
    }),
  myOrder: (id: string) => http.get<MyOrder>(`${V1}/my/orders/${encodeURIComponent(id)}`),
  decideQuote: (id: string, decision: 'accept' | 'reject') =>
    http.post<unknown>(`${V1}/my/quotes/${encodeURIComponent(id)}/${decision}`, { body: {} }),
  myContract: (id: string) => http.get<MyContract>(`${V1}/my/contracts/${encodeURIComponent(id)}`),
  signContract: (id: string, body: { sha256: string; typedName: string; signaturePng: string }) =>
    http.post<MyContract>(`${V1}/my/contracts/${encodeURIComponent(id)}/sign`, { body }),
  whosComing: (orderId: string) =>
    http.get<WhosComing>(`${V1}/my/orders/${encodeURIComponent(orderId)}/worker`),
  myJobs: (when: 'upcoming' | 'past') => http.get<MyJobs>(`${V1}/my/jobs`, { query: { when } }),
  myJob: (id: string) => http.get<WorkerJob>(`${V1}/my/jobs/${encodeURIComponent(id)}`),
  acceptJob: (id: string) =>
    http.post<WorkerJob>(`${V1}/my/jobs/${encodeURIComponent(id)}/accept`, { body: {} }),
  declineJob: (id: string, reason: string) =>
    http.post<WorkerJob>(`${V1}/my/jobs/${encodeURIComponent(id)}/decline`, { body: { reason } }),
};

export const contractPdfUrl = (id: string) => `${V1}/my/contracts/${encodeURIComponent(id)}/pdf`;

/** ¥ from integer fen. */
export const yuan = (fen: number) =>
  `¥${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: fen % 100 ? 2 : 0, maximumFractionDigits: 2 })}`;

/** A worker (家政员) lands on 我的工作; everyone else where they did before. */
export const isWorker = (me: Me) =>
  (me.roles ?? []).some((r) => r.role === 'worker') || me.permissions.includes('job.self');

export const canSeeBoard = (me: Me) =>
  me.permissions.some((p) => p === 'board.read' || p === 'board.*' || p === '*');
