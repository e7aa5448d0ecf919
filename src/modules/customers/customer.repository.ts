import { and, arrayContains, desc, eq, ilike, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { customerMerges, customerPhones, customers } from '../../db/schema/customers.ts';

export type CustomerRow = typeof customers.$inferSelect;

/** Live (not merged) files of a company, newest first; `q` matches the name or any phone. */
export async function listCustomerRows(
  db: Db,
  companyId: string,
  f: { q?: string; phone?: string; tag?: string; blacklisted?: boolean; limit: number; cursor?: string },
): Promise<CustomerRow[]> {
  const w: SQL[] = [eq(customers.companyId, companyId), isNull(customers.mergedIntoId)];
  const hasPhone = (cond: SQL) =>
    sql`exists (select 1 from ${customerPhones} where ${customerPhones.companyId} = ${customers.companyId} and ${customerPhones.customerId} = ${customers.id} and ${cond})`;
  if (f.q) {
    const esc = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const digits = f.q.replace(/[\s-]/g, '');
    const byPhone = digits ? [hasPhone(sql`${customerPhones.phone} like ${esc(digits)}`)] : [];
    w.push(or(ilike(customers.name, esc(f.q)), ...byPhone)!);
  }
  if (f.phone) w.push(hasPhone(sql`${customerPhones.phone} = ${f.phone}`));
  if (f.tag) w.push(arrayContains(customers.tags, [f.tag]));
  if (f.blacklisted !== undefined) w.push(eq(customers.blacklisted, f.blacklisted));
  if (f.cursor) w.push(lt(customers.id, f.cursor));
  return db
    .select()
    .from(customers)
    .where(and(...w))
    .orderBy(desc(customers.id))
    .limit(f.limit + 1);
}

export async function findCustomer(db: Db, companyId: string, id: string): Promise<CustomerRow | undefined> {
  const [row] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.companyId, companyId), eq(customers.id, id)))
    .limit(1);
  return row;
}

/** The file row locked for the rest of the transaction: writes to one file take turns. */
export async function lockCustomer(tx: Db, companyId: string, id: string): Promise<CustomerRow | undefined> {
  const [row] = await tx
    .select()
    .from(customers)
    .where(and(eq(customers.companyId, companyId), eq(customers.id, id)))
    .for('update');
  return row;
}

/** Live files linked to a login (normally at most one). */
export async function liveCustomersOfUser(db: Db, companyId: string, userId: string): Promise<CustomerRow[]> {
  return db
    .select()
    .from(customers)
    .where(
      and(eq(customers.companyId, companyId), eq(customers.userId, userId), isNull(customers.mergedIntoId)),
    )
    .orderBy(desc(customers.id));
}

export async function customersByIds(db: Db, companyId: string, ids: string[]): Promise<CustomerRow[]> {
  if (!ids.length) return [];
  return db
    .select()
    .from(customers)
    .where(and(eq(customers.companyId, companyId), inArray(customers.id, [...new Set(ids)])));
}

export async function insertCustomer(tx: Db, row: typeof customers.$inferInsert): Promise<CustomerRow> {
  const [created] = await tx.insert(customers).values(row).returning();
  return created!;
}

export async function updateCustomerRow(
  tx: Db,
  companyId: string,
  id: string,
  patch: Partial<Omit<CustomerRow, 'companyId' | 'id' | 'createdAt'>>,
): Promise<CustomerRow> {
  const [row] = await tx
    .update(customers)
    .set(patch)
    .where(and(eq(customers.companyId, companyId), eq(customers.id, id)))
    .returning();
  return row!;
}

export async function insertMerge(tx: Db, row: typeof customerMerges.$inferInsert): Promise<void> {
  await tx.insert(customerMerges).values(row);
}
