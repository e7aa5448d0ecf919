import { and, asc, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { serviceTypes } from '../../db/schema/catalog.ts';
import { customerAddresses, customers } from '../../db/schema/customers.ts';
import { assignments } from '../../db/schema/dispatch.ts';
import { orders } from '../../db/schema/orders.ts';
import { companies, stores } from '../../db/schema/org.ts';
import { workers } from '../../db/schema/workers.ts';

/** The worker file linked to a login (her H5 account). */
export async function workerOfUser(db: Db, companyId: string, userId: string) {
  const [row] = await db
    .select({ id: workers.id, name: workers.name, storeId: workers.storeId })
    .from(workers)
    .where(and(eq(workers.companyId, companyId), eq(workers.userId, userId)));
  return row;
}

/**
 * Her jobs with everything the job card may need. The address columns are read here but only
 * ever leave through `toWorkerJob`, which drops them outside the release window (R16).
 */
function jobQuery(db: Db) {
  return db
    .select({
      a: assignments,
      serviceName: serviceTypes.name,
      checklistRef: serviceTypes.checklistTemplateRef,
      orderStatus: orders.status,
      district: orders.district,
      community: orders.community,
      notes: orders.notes,
      customerName: customers.name,
      province: customerAddresses.province,
      city: customerAddresses.city,
      detail: customerAddresses.detail,
      accessNotes: customerAddresses.accessNotes,
      storeName: stores.name,
      storePhone: stores.phone,
      hotline: companies.hotline,
    })
    .from(assignments)
    .innerJoin(orders, and(eq(orders.companyId, assignments.companyId), eq(orders.id, assignments.orderId)))
    .innerJoin(customers, and(eq(customers.companyId, orders.companyId), eq(customers.id, orders.customerId)))
    .innerJoin(
      serviceTypes,
      and(eq(serviceTypes.companyId, orders.companyId), eq(serviceTypes.id, orders.serviceTypeId)),
    )
    .leftJoin(
      customerAddresses,
      and(eq(customerAddresses.companyId, orders.companyId), eq(customerAddresses.id, orders.addressId)),
    )
    .leftJoin(stores, and(eq(stores.companyId, orders.companyId), eq(stores.id, orders.storeId)))
    .innerJoin(companies, eq(companies.id, assignments.companyId));
}
export type JobRow = Awaited<ReturnType<ReturnType<typeof jobQuery>['execute']>>[number];

export function upcomingJobsOf(db: Db, companyId: string, workerId: string, now: Date) {
  return jobQuery(db)
    .where(
      and(
        eq(assignments.companyId, companyId),
        eq(assignments.workerId, workerId),
        inArray(assignments.state, ['offered', 'active']),
        gte(assignments.endsAt, now),
      ),
    )
    .orderBy(asc(assignments.startsAt))
    .limit(100);
}

export function pastJobsOf(db: Db, companyId: string, workerId: string, now: Date) {
  return jobQuery(db)
    .where(
      and(
        eq(assignments.companyId, companyId),
        eq(assignments.workerId, workerId),
        inArray(assignments.state, ['active', 'done']),
        lt(assignments.endsAt, now),
      ),
    )
    .orderBy(desc(assignments.startsAt))
    .limit(50);
}

export async function jobOfWorker(db: Db, companyId: string, workerId: string, assignmentId: string) {
  const [row] = await jobQuery(db).where(
    and(
      eq(assignments.companyId, companyId),
      eq(assignments.workerId, workerId),
      eq(assignments.id, assignmentId),
    ),
  );
  return row;
}
