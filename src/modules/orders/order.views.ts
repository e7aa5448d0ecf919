import { maskPhone } from '../../platform/privacy.ts';
import type { CallbackQueueRow, CallbackRow, OrderEventRow, OrderListRow } from './order.repository.ts';
import { availableActions, ORDER_STATE_LABELS } from './orders.rules.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const toOrderListItem = (o: OrderListRow) => ({
  id: o.id,
  status: o.status,
  statusLabel: ORDER_STATE_LABELS[o.status],
  mode: o.mode,
  channel: o.channel,
  customerId: o.customerId,
  customerName: o.customerName,
  customerPhone: maskPhone(o.customerPhone),
  serviceTypeId: o.serviceTypeId,
  serviceName: o.serviceName,
  storeId: o.storeId,
  storeName: o.storeName,
  routing: o.routing,
  urgent: o.urgent,
  ownerAgentId: o.ownerAgentId,
  windowStart: iso(o.windowStart),
  windowEnd: iso(o.windowEnd),
  startDate: o.startDate,
  district: o.district,
  community: o.community,
  createdAt: o.createdAt.toISOString(),
});

export const toOrderEvent = (e: OrderEventRow) => ({
  id: e.id,
  at: e.at.toISOString(),
  actorUserId: e.actorUserId,
  action: e.action,
  fromStatus: e.fromStatus,
  toStatus: e.toStatus,
  data: (e.data ?? {}) as Record<string, unknown>,
});

export const toCallback = (c: CallbackRow) => ({
  id: c.id,
  orderId: c.orderId,
  ownerUserId: c.ownerUserId,
  dueOn: c.dueOn,
  reason: c.reason,
  state: c.state,
  outcome: c.outcome,
  doneAt: iso(c.doneAt),
  doneBy: c.doneBy,
});

export const toCallbackQueueItem = (c: CallbackQueueRow, today: string) => ({
  ...toCallback(c),
  orderStatus: c.orderStatus,
  customerName: c.customerName,
  serviceName: c.serviceName,
  overdue: c.dueOn < today,
});

export const toOrderDetail = (o: OrderListRow, events: OrderEventRow[], open: CallbackRow[]) => ({
  ...toOrderListItem(o),
  referredBy: o.referredBy,
  addressId: o.addressId,
  quantity: o.quantity,
  household: (o.household ?? {}) as Record<string, unknown>,
  preferences: (o.preferences ?? {}) as Record<string, unknown>,
  notes: o.notes,
  cancelReason: o.cancelReason,
  cancelFeeFen: o.cancelFeeFen,
  updatedAt: o.updatedAt.toISOString(),
  actions: availableActions(o.status, o.mode),
  timeline: events.map(toOrderEvent),
  callbacks: open.map(toCallback),
});
