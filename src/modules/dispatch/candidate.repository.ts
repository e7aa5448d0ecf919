import { and, eq, gt, gte, inArray, lt, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { serviceTypes } from '../../db/schema/catalog.ts';
import { customerAddresses } from '../../db/schema/customers.ts';
import { assignments, customerBlockedWorkers, workerBookings } from '../../db/schema/dispatch.ts';
import { orders, quotes } from '../../db/schema/orders.ts';
import {
  skills,
  workerCertificates,
  workerIncidents,
  workerLeaves,
  workerSkills,
  workers,
  workerTrainings,
} from '../../db/schema/workers.ts';
import { trustSql } from '../workers/index.ts';

/**
 * Set-based reads for the shortlist: one query per kind of fact over the whole pool of workers
 * (never one query per worker). The pool is a SQL condition on `workers`, reused as a sub-select.
 */
/** What the rules, the score and the staff view need of a worker — not her contact or ID data. */
const POOL_COLUMNS = {
  id: workers.id,
  storeId: workers.storeId,
  name: workers.name,
  photoUrl: workers.photoUrl,
  status: workers.status,
  tier: workers.tier,
  birthDate: workers.birthDate,
  nativePlace: workers.nativePlace,
  languages: workers.languages,
  cuisines: workers.cuisines,
  homeDistrict: workers.homeDistrict,
  homeLat: workers.homeLat,
  homeLng: workers.homeLng,
  workDays: workers.workDays,
  workStart: workers.workStart,
  workEnd: workers.workEnd,
  identityVerifiedAt: workers.identityVerifiedAt,
  openBlockingIncidents: workers.openBlockingIncidents,
  healthResult: workers.healthResult,
  healthExpiresOn: workers.healthExpiresOn,
  backgroundResult: workers.backgroundResult,
  backgroundExpiresOn: workers.backgroundExpiresOn,
  insuranceEndsOn: workers.insuranceEndsOn,
  ratingAvg: workers.ratingAvg,
  ratingCount: workers.ratingCount,
};
export type WorkerRow = { [K in keyof typeof POOL_COLUMNS]: (typeof workers.$inferSelect)[K] };

export function poolCondition(
  companyId: string,
  opts: { storeId: string | null; allStores: boolean; workerId?: string; firstCut?: FirstCut },
): SQL {
  const parts = [eq(workers.companyId, companyId), ne(workers.status, 'left')];
  if (opts.workerId) parts.push(eq(workers.id, opts.workerId));
  else if (!opts.allStores && opts.storeId) parts.push(eq(workers.storeId, opts.storeId));
  if (opts.firstCut) parts.push(firstCutSql(companyId, opts.firstCut));
  return and(...parts)!;
}

/**
 * A first cut of the hard rules in SQL, for callers that only need the eligible workers (the
 * ranked list without `explain`, offers, the day plan): status, tier, trust not red, a passed
 * health check valid through the last service day, and the required skills. It only ever drops
 * workers that `hardRuleViolations` would exclude too — the rules still run on every row kept.
 */
export type FirstCut = { tiers: string[] | null; lastDay: string; skillIds: string[]; today: string };
function firstCutSql(companyId: string, c: FirstCut): SQL {
  const parts: SQL[] = [
    inArray(workers.status, ['available', 'booked']),
    sql`${trustSql(c.today)} <> 'red'`,
    eq(workers.healthResult, 'pass'),
    gte(workers.healthExpiresOn, c.lastDay),
  ];
  if (c.tiers) parts.push(inArray(workers.tier, c.tiers as (typeof workers.tier.enumValues)[number][]));
  for (const skillId of c.skillIds) {
    parts.push(
      sql`exists (select 1 from ${workerSkills} where ${workerSkills.companyId} = ${companyId} and ${workerSkills.workerId} = ${workers.id} and ${workerSkills.skillId} = ${skillId})`,
    );
  }
  return and(...parts)!;
}

export async function poolCount(db: Db, pool: SQL): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(workers).where(pool);
  return row?.n ?? 0;
}
const poolIds = (db: Db, pool: SQL) => db.select({ id: workers.id }).from(workers).where(pool);

export function poolWorkers(db: Db, pool: SQL): Promise<WorkerRow[]> {
  return db.select(POOL_COLUMNS).from(workers).where(pool);
}

export function poolSkills(db: Db, companyId: string, pool: SQL) {
  return db
    .select({ workerId: workerSkills.workerId, skillId: workerSkills.skillId })
    .from(workerSkills)
    .where(and(eq(workerSkills.companyId, companyId), inArray(workerSkills.workerId, poolIds(db, pool))));
}

export function poolCertificates(db: Db, companyId: string, pool: SQL, kinds: string[]) {
  if (!kinds.length) return Promise.resolve([]);
  return db
    .select({
      workerId: workerCertificates.workerId,
      kind: workerCertificates.kind,
      name: workerCertificates.name,
      expiresOn: workerCertificates.expiresOn,
    })
    .from(workerCertificates)
    .where(
      and(
        eq(workerCertificates.companyId, companyId),
        inArray(workerCertificates.kind, kinds as (typeof workerCertificates.kind.enumValues)[number][]),
        inArray(workerCertificates.workerId, poolIds(db, pool)),
      ),
    );
}

export function poolTrainings(db: Db, companyId: string, pool: SQL) {
  return db
    .select({
      workerId: workerTrainings.workerId,
      kind: workerTrainings.kind,
      trainedOn: workerTrainings.trainedOn,
      result: workerTrainings.result,
    })
    .from(workerTrainings)
    .where(
      and(eq(workerTrainings.companyId, companyId), inArray(workerTrainings.workerId, poolIds(db, pool))),
    );
}

export function poolLeaves(db: Db, companyId: string, pool: SQL, first: string, last: string) {
  return db
    .select({
      workerId: workerLeaves.workerId,
      kind: workerLeaves.kind,
      startsOn: workerLeaves.startsOn,
      endsOn: workerLeaves.endsOn,
    })
    .from(workerLeaves)
    .where(
      and(
        eq(workerLeaves.companyId, companyId),
        lte(workerLeaves.startsOn, last),
        gte(workerLeaves.endsOn, first),
        inArray(workerLeaves.workerId, poolIds(db, pool)),
      ),
    );
}

/** Active bookings of the pool overlapping [from, to), with where each job is (for travel). */
export function poolBookings(db: Db, companyId: string, pool: SQL, from: Date, to: Date) {
  return db
    .select({
      bookingId: workerBookings.id,
      workerId: workerBookings.workerId,
      orderId: workerBookings.orderId,
      startsAt: workerBookings.startsAt,
      endsAt: workerBookings.endsAt,
      lat: customerAddresses.lat,
      lng: customerAddresses.lng,
      district: orders.district,
    })
    .from(workerBookings)
    .leftJoin(
      orders,
      and(eq(orders.companyId, workerBookings.companyId), eq(orders.id, workerBookings.orderId)),
    )
    .leftJoin(
      customerAddresses,
      and(eq(customerAddresses.companyId, orders.companyId), eq(customerAddresses.id, orders.addressId)),
    )
    .where(
      and(
        eq(workerBookings.companyId, companyId),
        eq(workerBookings.state, 'active'),
        lt(workerBookings.startsAt, to),
        gt(workerBookings.endsAt, from),
        inArray(workerBookings.workerId, poolIds(db, pool)),
      ),
    );
}

export function blockedBy(db: Db, companyId: string, customerId: string) {
  return db
    .select({ workerId: customerBlockedWorkers.workerId, reason: customerBlockedWorkers.reason })
    .from(customerBlockedWorkers)
    .where(
      and(eq(customerBlockedWorkers.companyId, companyId), eq(customerBlockedWorkers.customerId, customerId)),
    );
}

export function complaintCounts(db: Db, companyId: string, pool: SQL) {
  return db
    .select({ workerId: workerIncidents.workerId, n: sql<number>`count(*)::int` })
    .from(workerIncidents)
    .where(
      and(
        eq(workerIncidents.companyId, companyId),
        eq(workerIncidents.kind, 'complaint'),
        inArray(workerIncidents.workerId, poolIds(db, pool)),
      ),
    )
    .groupBy(workerIncidents.workerId);
}

/**
 * Per worker of the pool: assignments since `since` (recent load), past jobs of this service
 * (experience) and past jobs for this customer (continuity) — one grouped query.
 */
export function historyCounts(
  db: Db,
  companyId: string,
  pool: SQL,
  opts: { since: Date; serviceTypeId: string; customerId: string; excludeOrderId: string },
) {
  const live = inArray(assignments.state, ['active', 'done', 'replaced']);
  return db
    .select({
      workerId: assignments.workerId,
      recent: sql<number>`count(*) filter (where ${assignments.createdAt} >= ${opts.since.toISOString()})::int`,
      experience: sql<number>`count(*) filter (where ${orders.serviceTypeId} = ${opts.serviceTypeId})::int`,
      served: sql<number>`count(*) filter (where ${orders.customerId} = ${opts.customerId})::int`,
    })
    .from(assignments)
    .innerJoin(orders, and(eq(orders.companyId, assignments.companyId), eq(orders.id, assignments.orderId)))
    .where(
      and(
        eq(assignments.companyId, companyId),
        live,
        ne(assignments.orderId, opts.excludeOrderId),
        inArray(assignments.workerId, poolIds(db, pool)),
      ),
    )
    .groupBy(assignments.workerId);
}

export async function serviceTypeOf(db: Db, companyId: string, id: string) {
  const [row] = await db
    .select()
    .from(serviceTypes)
    .where(and(eq(serviceTypes.companyId, companyId), eq(serviceTypes.id, id)));
  return row;
}

export function skillNames(db: Db, companyId: string, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .select({ id: skills.id, name: skills.name })
    .from(skills)
    .where(and(eq(skills.companyId, companyId), inArray(skills.id, ids)));
}

/** The tier the accepted (or latest live) quote priced, for placements (R12). */
export async function quotedTier(db: Db, companyId: string, orderId: string): Promise<string | null> {
  const rows = await db
    .select({ state: quotes.state, params: quotes.params, version: quotes.version })
    .from(quotes)
    .where(and(eq(quotes.companyId, companyId), eq(quotes.orderId, orderId), ne(quotes.state, 'superseded')));
  const q = rows.find((r) => r.state === 'accepted') ?? rows.sort((a, b) => b.version - a.version)[0];
  return ((q?.params ?? {}) as { tier?: string | null }).tier ?? null;
}

export async function addressPoint(db: Db, companyId: string, addressId: string | null) {
  if (!addressId) return undefined;
  const [row] = await db
    .select({ lat: customerAddresses.lat, lng: customerAddresses.lng, district: customerAddresses.district })
    .from(customerAddresses)
    .where(and(eq(customerAddresses.companyId, companyId), eq(customerAddresses.id, addressId)));
  return row;
}
