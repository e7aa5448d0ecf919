import { and, asc, desc, eq, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import {
  workerBackgroundChecks,
  workerCertificates,
  workerHealthChecks,
  workerIncidents,
  workerInsurance,
  workerSkills,
  workers,
} from '../../db/schema/workers.ts';
import type { Scope } from '../../platform/permissions.ts';
import { addDays, TRUST_WARNING_DAYS } from './workers.rules.ts';

export type WorkerRow = typeof workers.$inferSelect;

/** The trust rule of `trustStatus` (workers.rules.ts) in SQL, for filtering lists. */
export function trustSql(today: string): SQL<'green' | 'yellow' | 'red'> {
  const soon = addDays(today, TRUST_WARNING_DAYS);
  return sql`case
    when ${workers.identityVerifiedAt} is null or ${workers.openBlockingIncidents} > 0
      or ${workers.healthResult} = 'fail' or ${workers.backgroundResult} = 'record' then 'red'
    when ${workers.healthExpiresOn} is null or ${workers.healthExpiresOn} <= ${soon}
      or ${workers.backgroundExpiresOn} is null or ${workers.backgroundExpiresOn} <= ${soon}
      or ${workers.insuranceEndsOn} is null or ${workers.insuranceEndsOn} <= ${soon} then 'yellow'
    else 'green' end`;
}

/** The earliest expiry among health check, background check, insurance and certificates. */
export const nextExpirySql = sql<
  string | null
>`least(${workers.healthExpiresOn}, ${workers.backgroundExpiresOn}, ${workers.insuranceEndsOn}, ${workers.certNextExpiry})`;

export type WorkerFilter = {
  q?: string;
  status?: WorkerRow['status'];
  tier?: NonNullable<WorkerRow['tier']>;
  skillId?: string;
  storeId?: string;
  trust?: 'green' | 'yellow' | 'red';
  expiring?: boolean;
  sort: 'newest' | 'rating' | 'name';
  limit: number;
  cursor?: string;
};

export async function listWorkerRows(
  db: Db,
  companyId: string,
  scope: Scope,
  f: WorkerFilter,
  today: string,
) {
  const w: SQL[] = [eq(workers.companyId, companyId)];
  if (scope.kind === 'stores')
    w.push(inArray(workers.storeId, scope.storeIds.length ? scope.storeIds : ['']));
  if (f.storeId) w.push(eq(workers.storeId, f.storeId));
  if (f.status) w.push(eq(workers.status, f.status));
  if (f.tier) w.push(eq(workers.tier, f.tier));
  if (f.q) w.push(or(ilike(workers.name, `%${f.q}%`), ilike(workers.phone, `%${f.q}%`))!);
  if (f.skillId) {
    w.push(
      sql`exists (select 1 from ${workerSkills} where ${workerSkills.companyId} = ${workers.companyId} and ${workerSkills.workerId} = ${workers.id} and ${workerSkills.skillId} = ${f.skillId})`,
    );
  }
  if (f.trust) w.push(sql`${trustSql(today)} = ${f.trust}`);
  if (f.expiring) w.push(sql`${nextExpirySql} <= ${addDays(today, TRUST_WARNING_DAYS)}`);
  // Offset-free paging: every sort ends with the id, and the cursor is "<sort key>|<id>".
  const order =
    f.sort === 'rating'
      ? [sql`coalesce(${workers.ratingAvg}, -1) desc`, desc(workers.id)]
      : f.sort === 'name'
        ? [asc(workers.name), asc(workers.id)]
        : [desc(workers.id)];
  if (f.cursor) w.push(cursorCondition(f.sort, f.cursor));
  return db
    .select()
    .from(workers)
    .where(and(...w))
    .orderBy(...order)
    .limit(f.limit + 1);
}

function cursorCondition(sort: WorkerFilter['sort'], cursor: string): SQL {
  const [key, id] = cursor.includes('|') ? (cursor.split('|') as [string, string]) : ['', cursor];
  if (sort === 'rating') {
    const r = Number(key);
    return sql`(coalesce(${workers.ratingAvg}, -1), ${workers.id}) < (${Number.isFinite(r) ? r : -1}, ${id})`;
  }
  if (sort === 'name') return sql`(${workers.name}, ${workers.id}) > (${key}, ${id})`;
  return lt(workers.id, id);
}

export const cursorOf = (sort: WorkerFilter['sort'], row: WorkerRow) =>
  sort === 'rating' ? `${row.ratingAvg ?? -1}|${row.id}` : sort === 'name' ? `${row.name}|${row.id}` : row.id;

export async function findWorker(db: Db, companyId: string, id: string): Promise<WorkerRow | undefined> {
  const [row] = await db
    .select()
    .from(workers)
    .where(and(eq(workers.companyId, companyId), eq(workers.id, id)))
    .limit(1);
  return row;
}

export async function findWorkerByPhoneOrId(db: Db, companyId: string, phone: string, idHash: string) {
  return db
    .select({ id: workers.id, name: workers.name, phone: workers.phone, idNumberHash: workers.idNumberHash })
    .from(workers)
    .where(
      and(eq(workers.companyId, companyId), or(eq(workers.phone, phone), eq(workers.idNumberHash, idHash))),
    );
}

export async function insertWorker(tx: Db, row: typeof workers.$inferInsert): Promise<WorkerRow> {
  const [created] = await tx.insert(workers).values(row).returning();
  return created!;
}

export async function updateWorkerRow(
  tx: Db,
  companyId: string,
  id: string,
  patch: Partial<Omit<WorkerRow, 'companyId' | 'id' | 'createdAt'>>,
): Promise<WorkerRow> {
  const [row] = await tx
    .update(workers)
    .set(patch)
    .where(and(eq(workers.companyId, companyId), eq(workers.id, id)))
    .returning();
  return row!;
}

/** Recomputes the trust inputs on the worker row from her records; call in the writing transaction. */
export async function refreshTrustInputs(tx: Db, companyId: string, workerId: string): Promise<WorkerRow> {
  const of = (t: { companyId: AnyPgColumn; workerId: AnyPgColumn }) =>
    sql`${t.companyId} = ${companyId} and ${t.workerId} = ${workerId}`;
  const [row] = await tx
    .update(workers)
    .set({
      healthResult: sql`(select result from ${workerHealthChecks} where ${of(workerHealthChecks)} order by checked_on desc, created_at desc limit 1)`,
      healthExpiresOn: sql`(select expires_on from ${workerHealthChecks} where ${of(workerHealthChecks)} order by checked_on desc, created_at desc limit 1)`,
      backgroundResult: sql`(select result from ${workerBackgroundChecks} where ${of(workerBackgroundChecks)} order by checked_on desc, created_at desc limit 1)`,
      backgroundExpiresOn: sql`(select expires_on from ${workerBackgroundChecks} where ${of(workerBackgroundChecks)} order by checked_on desc, created_at desc limit 1)`,
      insuranceEndsOn: sql`(select max(ends_on) from ${workerInsurance} where ${of(workerInsurance)})`,
      certNextExpiry: sql`(select min(e) from (select distinct on (kind, name) expires_on as e from ${workerCertificates} where ${of(workerCertificates)} order by kind, name, issued_on desc) latest)`,
      openBlockingIncidents: sql`(select count(*)::int from ${workerIncidents} where ${of(workerIncidents)} and blocking and resolved_at is null)`,
    })
    .where(and(eq(workers.companyId, companyId), eq(workers.id, workerId)))
    .returning();
  return row!;
}
