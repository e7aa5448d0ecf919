import { and, desc, eq, ilike, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { stores } from '../../db/schema/org.ts';
import type { Scope } from '../../platform/permissions.ts';

export type StoreRow = typeof stores.$inferSelect;

const scoped = (companyId: string, scope: Scope): SQL[] => {
  const w: SQL[] = [eq(stores.companyId, companyId)];
  if (scope.kind === 'stores') w.push(inArray(stores.id, scope.storeIds.length ? scope.storeIds : ['']));
  return w;
};

export async function listStores(
  db: Db,
  companyId: string,
  scope: Scope,
  f: {
    q?: string;
    status?: 'active' | 'disabled';
    kind?: 'store' | 'call_center';
    limit: number;
    cursor?: string;
  },
): Promise<StoreRow[]> {
  const w = scoped(companyId, scope);
  if (f.q) w.push(or(ilike(stores.name, `%${f.q}%`), ilike(stores.address, `%${f.q}%`))!);
  if (f.status) w.push(eq(stores.status, f.status));
  if (f.kind) w.push(eq(stores.kind, f.kind));
  if (f.cursor) w.push(lt(stores.id, f.cursor));
  return db
    .select()
    .from(stores)
    .where(and(...w))
    .orderBy(desc(stores.id))
    .limit(f.limit + 1);
}

export async function findStore(db: Db, companyId: string, id: string): Promise<StoreRow | undefined> {
  const [row] = await db
    .select()
    .from(stores)
    .where(and(eq(stores.companyId, companyId), eq(stores.id, id)))
    .limit(1);
  return row;
}

export async function storeNames(db: Db, companyId: string, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: stores.id, name: stores.name })
    .from(stores)
    .where(and(eq(stores.companyId, companyId), inArray(stores.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function insertStore(tx: Db, row: typeof stores.$inferInsert): Promise<StoreRow> {
  const [created] = await tx.insert(stores).values(row).returning();
  return created!;
}

export async function updateStoreRow(
  tx: Db,
  companyId: string,
  id: string,
  patch: Partial<Pick<StoreRow, 'name' | 'phone' | 'address' | 'status' | 'updatedAt'>>,
): Promise<StoreRow> {
  const [row] = await tx
    .update(stores)
    .set(patch)
    .where(and(eq(stores.companyId, companyId), eq(stores.id, id)))
    .returning();
  return row!;
}
