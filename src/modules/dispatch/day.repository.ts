import { and, asc, eq, gte, inArray, lt, ne, notExists, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { serviceTypes } from '../../db/schema/catalog.ts';
import { assignments, workerBookings } from '../../db/schema/dispatch.ts';
import { orders } from '../../db/schema/orders.ts';
import { workers } from '../../db/schema/workers.ts';

/** Bounds of a Shanghai calendar day as instants. */
export const dayBounds = (date: string) => {
  const from = new Date(`${date}T00:00:00+08:00`);
  return { from, to: new Date(from.getTime() + 86_400_000) };
};

const storeCond = (col: typeof orders.storeId | typeof workers.storeId, storeIds: string[] | null): SQL[] =>
  storeIds ? [inArray(col, storeIds)] : [];

/** Visit orders of the day waiting for a worker: contracted or dispatched with nobody live on them. */
export function openVisitOrders(db: Db, companyId: string, date: string, storeIds: string[] | null) {
  const { from, to } = dayBounds(date);
  return db
    .select()
    .from(orders)
    .where(
      and(
        eq(orders.companyId, companyId),
        eq(orders.mode, 'visit'),
        inArray(orders.status, ['contracted', 'dispatched']),
        gte(orders.windowStart, from),
        lt(orders.windowStart, to),
        ...storeCond(orders.storeId, storeIds),
        notExists(
          db
            .select({ one: assignments.id })
            .from(assignments)
            .where(
              and(
                eq(assignments.companyId, orders.companyId),
                eq(assignments.orderId, orders.id),
                inArray(assignments.state, ['offered', 'active']),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(orders.windowStart), asc(orders.id))
    .limit(2000);
}

export function workersOfStores(db: Db, companyId: string, storeIds: string[] | null) {
  return db
    .select()
    .from(workers)
    .where(
      and(
        eq(workers.companyId, companyId),
        inArray(workers.status, ['available', 'booked']),
        ...storeCond(workers.storeId, storeIds),
      ),
    )
    .orderBy(asc(workers.name), asc(workers.id))
    .limit(2000);
}

/** The day's active bookings of those workers, with the order's service and district. */
export function bookingsOfDay(db: Db, companyId: string, date: string, storeIds: string[] | null) {
  const { from, to } = dayBounds(date);
  return db
    .select({
      id: workerBookings.id,
      workerId: workerBookings.workerId,
      orderId: workerBookings.orderId,
      kind: workerBookings.kind,
      startsAt: workerBookings.startsAt,
      endsAt: workerBookings.endsAt,
      serviceName: serviceTypes.name,
      district: orders.district,
      assignmentState: assignments.state,
    })
    .from(workerBookings)
    .innerJoin(
      workers,
      and(eq(workers.companyId, workerBookings.companyId), eq(workers.id, workerBookings.workerId)),
    )
    .leftJoin(
      orders,
      and(eq(orders.companyId, workerBookings.companyId), eq(orders.id, workerBookings.orderId)),
    )
    .leftJoin(
      serviceTypes,
      and(eq(serviceTypes.companyId, orders.companyId), eq(serviceTypes.id, orders.serviceTypeId)),
    )
    .leftJoin(
      assignments,
      and(eq(assignments.companyId, workerBookings.companyId), eq(assignments.bookingId, workerBookings.id)),
    )
    .where(
      and(
        eq(workerBookings.companyId, companyId),
        eq(workerBookings.state, 'active'),
        lt(workerBookings.startsAt, to),
        gte(workerBookings.endsAt, from),
        ne(workers.status, 'left'),
        ...storeCond(workers.storeId, storeIds),
      ),
    )
    .orderBy(asc(workerBookings.startsAt));
}

export function serviceTypesOf(db: Db, companyId: string) {
  return db.select().from(serviceTypes).where(eq(serviceTypes.companyId, companyId));
}
