/** The shapes of the orders, quotes and contracts API (/api/v1/orders, /quotes, /contracts). */
export const ORDER_STATES = [
  'inquiry',
  'confirmed',
  'assessment',
  'quoted',
  'contracted',
  'dispatched',
  'interview',
  'trial',
  'in_service',
  'completed',
  'rework',
  'accepted',
  'settled',
  'followed_up',
  'closed',
  'cancelled',
  'terminated',
] as const;
export type OrderState = (typeof ORDER_STATES)[number];
export const ROUTING_STATES = ['unrouted', 'pending', 'accepted', 'clarifying', 'offered'] as const;
export type Routing = (typeof ROUTING_STATES)[number];
export const ORDER_CHANNELS = ['phone', 'walk_in', 'online', 'referral', 'call_center'] as const;
export type OrderChannel = (typeof ORDER_CHANNELS)[number];
export type ServiceMode = 'visit' | 'placement';

export interface OrderListItem {
  id: string;
  status: OrderState;
  statusLabel: string;
  mode: ServiceMode;
  channel: OrderChannel;
  customerId: string;
  customerName: string | null;
  customerPhone: string | null;
  serviceTypeId: string;
  serviceName: string | null;
  storeId: string | null;
  storeName: string | null;
  routing: Routing;
  urgent: boolean;
  ownerAgentId: string;
  windowStart: string | null;
  windowEnd: string | null;
  startDate: string | null;
  district: string | null;
  community: string | null;
  createdAt: string;
}

export interface OrderEvent {
  id: string;
  at: string;
  actorUserId: string | null;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  data: Record<string, unknown>;
}

export interface Callback {
  id: string;
  orderId: string;
  ownerUserId: string;
  dueOn: string;
  reason: string;
  state: 'open' | 'done' | 'cancelled';
  outcome: string | null;
  doneAt: string | null;
  doneBy: string | null;
}

export interface CallbackQueueItem extends Callback {
  orderStatus: OrderState;
  customerName: string | null;
  serviceName: string | null;
  overdue: boolean;
}

export interface OrderDetail extends OrderListItem {
  referredBy: string | null;
  addressId: string | null;
  quantity: number | null;
  notes: string | null;
  cancelReason: string | null;
  cancelFeeFen: number | null;
  updatedAt: string;
  actions: string[];
  timeline: OrderEvent[];
  callbacks: Callback[];
}

export interface OrderCreate {
  customerId: string;
  serviceTypeId: string;
  channel: OrderChannel;
  urgent?: boolean;
  windowStart?: string | null;
  windowEnd?: string | null;
  startDate?: string | null;
  addressId?: string | null;
  quantity?: number | null;
  notes?: string | null;
  callbackInDays?: number;
}

export interface ServiceType {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  mode: ServiceMode;
  unit: string;
  minTier: string | null;
  defaultDuration: number;
  status: string;
}

export interface QuoteLine {
  kind: string;
  code: string;
  name: string;
  quantity: number;
  unit: string;
  unitPriceFen: number;
  amountFen: number;
  rateBp?: number;
}

export interface PriceParams {
  quantity?: number;
  startAt?: string;
  tier?: string | null;
  frequencyPerMonth?: number;
  monthlyWageFen?: number;
  trialDays?: number;
  months?: number;
}

export interface InstantQuote {
  priceListVersionId: string;
  lines: QuoteLine[];
  totalFen: number;
  monthlyTotalFen?: number;
  firstPaymentFen?: number;
}

export type {
  Assessment,
  AssessmentRecord,
  Contract,
  ContractState,
  Party,
  Quote,
  QuoteState,
} from './quote-types';
