import type { Changes } from '../../platform/audit.ts';
import type { OrderRow } from './order.repository.ts';

/** Order fields that audit rows record (no customer phone or detailed address). */
export type OrderAuditFields = Partial<{
  customerId: string;
  serviceTypeId: string;
  mode: string;
  status: string;
  channel: string;
  ownerAgentId: string;
  storeId: string | null;
  routing: string;
  urgent: boolean;
  referredBy: string | null;
  windowStart: string | null;
  windowEnd: string | null;
  startDate: string | null;
  addressId: string | null;
  district: string | null;
  quantity: number | null;
}>;

declare module '../../platform/audit.ts' {
  interface AuditEvents {
    'order.create': { entityType: 'order'; payload: { after: OrderAuditFields } };
    /** Every lifecycle transition (SPEC §3), from applyTransition. */
    'order.transition': {
      entityType: 'order';
      payload: { action: string; from: string; to: string; data: Record<string, unknown> };
    };
    /** Routing changes (R3, R4): route, accept, clarify, offer, claim. */
    'order.routing': {
      entityType: 'order';
      payload: Changes<{ routing: string; storeId: string | null }> & {
        action: 'route' | 'accept' | 'clarify' | 'offer' | 'claim';
        note?: string;
      };
    };
    'callback.schedule': {
      entityType: 'callback';
      payload: { orderId: string; ownerUserId: string; dueOn: string; reason: string };
    };
    'callback.complete': {
      entityType: 'callback';
      payload: { orderId: string; outcome: string };
    };
  }
}

/** What an `order.create` audit row records of the new order (never phones or the address detail). */
export const orderAuditFields = (order: OrderRow): OrderAuditFields => ({
  customerId: order.customerId,
  serviceTypeId: order.serviceTypeId,
  mode: order.mode,
  status: order.status,
  channel: order.channel,
  ownerAgentId: order.ownerAgentId,
  storeId: order.storeId,
  routing: order.routing,
  urgent: order.urgent,
  referredBy: order.referredBy,
  windowStart: order.windowStart?.toISOString() ?? null,
  windowEnd: order.windowEnd?.toISOString() ?? null,
  startDate: order.startDate,
  addressId: order.addressId,
  district: order.district,
  quantity: order.quantity,
});
