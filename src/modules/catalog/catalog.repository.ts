import { and, asc, desc, eq, lte, max, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { priceListVersions, serviceTypes } from '../../db/schema/catalog.ts';

/** The only place that queries the catalog's tables. */
export type ServiceTypeRow = typeof serviceTypes.$inferSelect;
export type PriceListRow = typeof priceListVersions.$inferSelect;

export async function listServiceTypeRows(
  db: Db,
  companyId: string,
  f: { mode?: ServiceTypeRow['mode']; status?: ServiceTypeRow['status'] },
): Promise<ServiceTypeRow[]> {
  const w: SQL[] = [eq(serviceTypes.companyId, companyId)];
  if (f.mode) w.push(eq(serviceTypes.mode, f.mode));
  if (f.status) w.push(eq(serviceTypes.status, f.status));
  return db
    .select()
    .from(serviceTypes)
    .where(and(...w))
    .orderBy(asc(serviceTypes.mode), asc(serviceTypes.code));
}

export async function findServiceType(db: Db, companyId: string, id: string) {
  const [row] = await db
    .select()
    .from(serviceTypes)
    .where(and(eq(serviceTypes.companyId, companyId), eq(serviceTypes.id, id)))
    .limit(1);
  return row;
}

export async function insertServiceType(tx: Db, row: typeof serviceTypes.$inferInsert) {
  const [created] = await tx.insert(serviceTypes).values(row).returning();
  return created!;
}

export async function updateServiceTypeRow(
  tx: Db,
  companyId: string,
  id: string,
  set: Partial<typeof serviceTypes.$inferInsert>,
): Promise<ServiceTypeRow> {
  const [row] = await tx
    .update(serviceTypes)
    .set(set)
    .where(and(eq(serviceTypes.companyId, companyId), eq(serviceTypes.id, id)))
    .returning();
  return row!;
}

/** All versions of a service type, newest first. */
export async function listPriceLists(db: Db, companyId: string, serviceTypeId: string) {
  return db
    .select()
    .from(priceListVersions)
    .where(
      and(eq(priceListVersions.companyId, companyId), eq(priceListVersions.serviceTypeId, serviceTypeId)),
    )
    .orderBy(desc(priceListVersions.version));
}

export async function findPriceList(db: Db, companyId: string, id: string, forUpdate = false) {
  const q = db
    .select()
    .from(priceListVersions)
    .where(and(eq(priceListVersions.companyId, companyId), eq(priceListVersions.id, id)))
    .limit(1);
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

/** The version new quotes use: the highest published one whose effective day has come. */
export async function findCurrentPriceList(
  db: Db,
  companyId: string,
  serviceTypeId: string,
  today: string,
): Promise<PriceListRow | undefined> {
  const [row] = await db
    .select()
    .from(priceListVersions)
    .where(
      and(
        eq(priceListVersions.companyId, companyId),
        eq(priceListVersions.serviceTypeId, serviceTypeId),
        eq(priceListVersions.status, 'published'),
        lte(priceListVersions.effectiveFrom, today),
      ),
    )
    .orderBy(desc(priceListVersions.version))
    .limit(1);
  return row;
}

export async function nextVersionNumber(tx: Db, companyId: string, serviceTypeId: string) {
  const [row] = await tx
    .select({ n: max(priceListVersions.version) })
    .from(priceListVersions)
    .where(
      and(eq(priceListVersions.companyId, companyId), eq(priceListVersions.serviceTypeId, serviceTypeId)),
    );
  return (row?.n ?? 0) + 1;
}

export async function hasPublishedVersion(db: Db, companyId: string, serviceTypeId: string) {
  const rows = await db
    .select({ id: priceListVersions.id })
    .from(priceListVersions)
    .where(
      and(
        eq(priceListVersions.companyId, companyId),
        eq(priceListVersions.serviceTypeId, serviceTypeId),
        eq(priceListVersions.status, 'published'),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function insertPriceList(tx: Db, row: typeof priceListVersions.$inferInsert) {
  const [created] = await tx.insert(priceListVersions).values(row).returning();
  return created!;
}

/** Changes a draft; a published version is never updated (the `status = 'draft'` guard). */
export async function updateDraftPriceList(
  tx: Db,
  companyId: string,
  id: string,
  set: Partial<typeof priceListVersions.$inferInsert>,
): Promise<PriceListRow | undefined> {
  const [row] = await tx
    .update(priceListVersions)
    .set(set)
    .where(
      and(
        eq(priceListVersions.companyId, companyId),
        eq(priceListVersions.id, id),
        eq(priceListVersions.status, 'draft'),
      ),
    )
    .returning();
  return row;
}
