import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  gt,
  gte,
  inArray,
  lt,
  notInArray,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { serviceTypes } from '../../db/schema/catalog.ts';
import { customerAddresses, customerPhones, customers } from '../../db/schema/customers.ts';
import { callbacks, orderEvents, orders, quotes } from '../../db/schema/orders.ts';
import { stores } from '../../db/schema/org.ts';
import type { Scope } from '../../platform/permissions.ts';

/**
 * The only place touching orders, order_events and callbacks. It also reads (never writes) the
 * names of customers, service types and stores joined to orders, which those modules' index.ts do
 * not offer in bulk.
 */
export type OrderRow = typeof orders.$inferSelect;
export type OrderInsert = typeof orders.$inferInsert;
export type OrderEventRow = typeof orderEvents.$inferSelect;
export type OrderEventInsert = typeof orderEvents.$inferInsert;
export type CallbackRow = typeof callbacks.$inferSelect;
export type CallbackInsert = typeof callbacks.$inferInsert;

export async function findOrder(db: Db, companyId: string, id: string): Promise<OrderRow | undefined> {
  const [row] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.companyId, companyId), eq(orders.id, id)));
  return row;
}

export async function insertOrder(db: Db, values: OrderInsert): Promise<OrderRow> {
  const [row] = await db.insert(orders).values(values).returning();
  return row as OrderRow;
}

/**
 * A conditional UPDATE: changes the order only while `where` (e.g. status = from, routing = 'offered')
 * still holds, so of two concurrent writers exactly one gets the row back.
 */
export async function updateOrderIf(
  db: Db,
  companyId: string,
  id: string,
  where: SQL[],
  set: Partial<OrderInsert>,
): Promise<OrderRow | undefined> {
  const [row] = await db
    .update(orders)
    .set(set)
    .where(and(eq(orders.companyId, companyId), eq(orders.id, id), ...where))
    .returning();
  return row;
}

export const statusIs = (status: OrderRow['status']): SQL => eq(orders.status, status);
export const routingIn = (routing: OrderRow['routing'][]): SQL => inArray(orders.routing, routing);

export async function insertOrderEvent(db: Db, values: OrderEventInsert): Promise<void> {
  await db.insert(orderEvents).values(values);
}

// ——— reads joined with the names other modules own (read-only, for views and checks) ———

/** An order with the names shown beside it: customer, masked-later phone, service, store. */
export type OrderListRow = OrderRow & {
  customerName: string | null;
  customerPhone: string | null;
  serviceName: string | null;
  storeName: string | null;
};

const primaryPhone = sql<string | null>`(select ${customerPhones.phone} from ${customerPhones}
  where ${customerPhones.companyId} = ${orders.companyId} and ${customerPhones.customerId} = ${orders.customerId}
  order by ${customerPhones.isPrimary} desc, ${customerPhones.createdAt} asc limit 1)`;

const listColumns = {
  ...getTableColumns(orders),
  customerName: customers.name,
  customerPhone: primaryPhone,
  serviceName: serviceTypes.name,
  storeName: stores.name,
};

function joined(db: Db) {
  return db
    .select(listColumns)
    .from(orders)
    .leftJoin(customers, and(eq(customers.companyId, orders.companyId), eq(customers.id, orders.customerId)))
    .leftJoin(
      serviceTypes,
      and(eq(serviceTypes.companyId, orders.companyId), eq(serviceTypes.id, orders.serviceTypeId)),
    )
    .leftJoin(stores, and(eq(stores.companyId, orders.companyId), eq(stores.id, orders.storeId)));
}

export async function findOrderJoined(
  db: Db,
  companyId: string,
  id: string,
): Promise<OrderListRow | undefined> {
  const [row] = await joined(db).where(and(eq(orders.companyId, companyId), eq(orders.id, id)));
  return row;
}

export type OrderFilter = {
  status?: OrderRow['status'];
  storeId?: string;
  serviceTypeId?: string;
  ownerAgentId?: string;
  urgent?: boolean;
  routing?: OrderRow['routing'];
  from?: Date;
  to?: Date;
  /** Shanghai date: orders having an open callback due before it. */
  overdueBefore?: string;
  limit: number;
  cursor?: string;
};

/** A store-scoped list sees its stores' orders; `withOffered` adds urgent orders offered to all (R4). */
export async function listOrderRows(
  db: Db,
  companyId: string,
  scope: Scope,
  f: OrderFilter,
  withOffered = false,
): Promise<OrderListRow[]> {
  const w: SQL[] = [eq(orders.companyId, companyId)];
  if (scope.kind === 'stores') {
    const mine = inArray(orders.storeId, scope.storeIds.length ? scope.storeIds : ['']);
    w.push(withOffered ? or(mine, eq(orders.routing, 'offered'))! : mine);
  }
  if (f.status) w.push(eq(orders.status, f.status));
  if (f.storeId) w.push(eq(orders.storeId, f.storeId));
  if (f.serviceTypeId) w.push(eq(orders.serviceTypeId, f.serviceTypeId));
  if (f.ownerAgentId) w.push(eq(orders.ownerAgentId, f.ownerAgentId));
  if (f.urgent !== undefined) w.push(eq(orders.urgent, f.urgent));
  if (f.routing) w.push(eq(orders.routing, f.routing));
  if (f.from) w.push(gte(orders.createdAt, f.from));
  if (f.to) w.push(lt(orders.createdAt, f.to));
  if (f.overdueBefore)
    w.push(
      sql`exists (select 1 from ${callbacks} where ${callbacks.companyId} = ${orders.companyId} and ${callbacks.orderId} = ${orders.id} and ${callbacks.state} = 'open' and ${callbacks.dueOn} < ${f.overdueBefore})`,
    );
  if (f.cursor) w.push(lt(orders.id, f.cursor));
  return joined(db)
    .where(and(...w))
    .orderBy(desc(orders.id))
    .limit(f.limit + 1);
}

/** The store inbox (R3, R4): orders routed to my stores awaiting acceptance or clarification, plus offered ones. */
export async function listInboxRows(db: Db, companyId: string, scope: Scope): Promise<OrderListRow[]> {
  const waiting = inArray(orders.routing, ['pending', 'clarifying']);
  const mine =
    scope.kind === 'company'
      ? waiting
      : and(waiting, inArray(orders.storeId, scope.storeIds.length ? scope.storeIds : ['']))!;
  return joined(db)
    .where(
      and(
        eq(orders.companyId, companyId),
        or(mine, eq(orders.routing, 'offered')),
        notInArray(orders.status, ['closed', 'cancelled', 'terminated']),
      ),
    )
    .orderBy(desc(orders.urgent), asc(orders.id))
    .limit(500);
}

export async function listOrderEvents(db: Db, companyId: string, orderId: string): Promise<OrderEventRow[]> {
  return db
    .select()
    .from(orderEvents)
    .where(and(eq(orderEvents.companyId, companyId), eq(orderEvents.orderId, orderId)))
    .orderBy(asc(orderEvents.at), asc(orderEvents.id));
}

/** The service type an order is for (its mode decides the lifecycle). */
export async function findServiceTypeForOrder(db: Db, companyId: string, id: string) {
  const [row] = await db
    .select({
      id: serviceTypes.id,
      name: serviceTypes.name,
      mode: serviceTypes.mode,
      status: serviceTypes.status,
    })
    .from(serviceTypes)
    .where(and(eq(serviceTypes.companyId, companyId), eq(serviceTypes.id, id)));
  return row;
}

/** One of the customer's addresses: only district and community are copied onto the order (R16). */
/** The customer's default service address, when the order names none (R2). */
export async function findDefaultCustomerAddress(db: Db, companyId: string, customerId: string) {
  const [row] = await db
    .select({
      id: customerAddresses.id,
      district: customerAddresses.district,
      community: customerAddresses.community,
    })
    .from(customerAddresses)
    .where(
      and(
        eq(customerAddresses.companyId, companyId),
        eq(customerAddresses.customerId, customerId),
        eq(customerAddresses.isDefault, true),
      ),
    )
    .limit(1);
  return row;
}

export async function findCustomerAddress(db: Db, companyId: string, customerId: string, id: string) {
  const [row] = await db
    .select({
      id: customerAddresses.id,
      district: customerAddresses.district,
      community: customerAddresses.community,
    })
    .from(customerAddresses)
    .where(
      and(
        eq(customerAddresses.companyId, companyId),
        eq(customerAddresses.customerId, customerId),
        eq(customerAddresses.id, id),
      ),
    );
  return row;
}

/** The amount of the order's latest live quote (the base of a cancellation fee), if any. */
export async function latestQuoteTotal(db: Db, companyId: string, orderId: string): Promise<number | null> {
  const [row] = await db
    .select({ totalFen: quotes.totalFen })
    .from(quotes)
    .where(
      and(
        eq(quotes.companyId, companyId),
        eq(quotes.orderId, orderId),
        inArray(quotes.state, ['issued', 'accepted']),
      ),
    )
    .orderBy(desc(quotes.version))
    .limit(1);
  return row?.totalFen ?? null;
}

// ——— callbacks (R5, R7) ———

export async function insertCallback(db: Db, values: CallbackInsert): Promise<CallbackRow> {
  const [row] = await db.insert(callbacks).values(values).returning();
  return row as CallbackRow;
}

export async function findCallback(db: Db, companyId: string, id: string): Promise<CallbackRow | undefined> {
  const [row] = await db
    .select()
    .from(callbacks)
    .where(and(eq(callbacks.companyId, companyId), eq(callbacks.id, id)));
  return row;
}

/** Closes an open callback; undefined when it was no longer open (someone else completed it). */
export async function completeCallbackRow(
  db: Db,
  companyId: string,
  id: string,
  set: { outcome: string; doneAt: Date; doneBy: string },
): Promise<CallbackRow | undefined> {
  const [row] = await db
    .update(callbacks)
    .set({ ...set, state: 'done' })
    .where(and(eq(callbacks.companyId, companyId), eq(callbacks.id, id), eq(callbacks.state, 'open')))
    .returning();
  return row;
}

export async function openCallbacksOf(db: Db, companyId: string, orderId: string): Promise<CallbackRow[]> {
  return db
    .select()
    .from(callbacks)
    .where(
      and(eq(callbacks.companyId, companyId), eq(callbacks.orderId, orderId), eq(callbacks.state, 'open')),
    )
    .orderBy(asc(callbacks.dueOn), asc(callbacks.id));
}

export type CallbackQueueRow = CallbackRow & {
  orderStatus: OrderRow['status'];
  storeId: string | null;
  customerName: string | null;
  serviceName: string | null;
};

/** Open callbacks, soonest first, with the order's status and customer name: the agent's work queue. */
export async function listCallbackRows(
  db: Db,
  companyId: string,
  scope: Scope,
  f: { ownerUserId?: string; dueBefore?: string; dueOn?: string; dueAfter?: string },
): Promise<CallbackQueueRow[]> {
  const w: SQL[] = [eq(callbacks.companyId, companyId), eq(callbacks.state, 'open')];
  if (scope.kind === 'stores') w.push(inArray(orders.storeId, scope.storeIds.length ? scope.storeIds : ['']));
  if (f.ownerUserId) w.push(eq(callbacks.ownerUserId, f.ownerUserId));
  if (f.dueBefore) w.push(lt(callbacks.dueOn, f.dueBefore));
  if (f.dueOn) w.push(eq(callbacks.dueOn, f.dueOn));
  if (f.dueAfter) w.push(gt(callbacks.dueOn, f.dueAfter));
  return db
    .select({
      ...getTableColumns(callbacks),
      orderStatus: orders.status,
      storeId: orders.storeId,
      customerName: customers.name,
      serviceName: serviceTypes.name,
    })
    .from(callbacks)
    .innerJoin(orders, and(eq(orders.companyId, callbacks.companyId), eq(orders.id, callbacks.orderId)))
    .leftJoin(customers, and(eq(customers.companyId, orders.companyId), eq(customers.id, orders.customerId)))
    .leftJoin(
      serviceTypes,
      and(eq(serviceTypes.companyId, orders.companyId), eq(serviceTypes.id, orders.serviceTypeId)),
    )
    .where(and(...w))
    .orderBy(asc(callbacks.dueOn), asc(callbacks.id))
    .limit(500);
}
