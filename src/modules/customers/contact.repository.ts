import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { customerAddresses, customerPhones, customers } from '../../db/schema/customers.ts';

/** Phones and addresses of customer files. */
export type PhoneRow = typeof customerPhones.$inferSelect;
export type AddressRow = typeof customerAddresses.$inferSelect;

/** Phones of some files, primary first then in the order they were added. */
export async function phonesOf(db: Db, companyId: string, customerIds: string[]): Promise<PhoneRow[]> {
  if (!customerIds.length) return [];
  return db
    .select()
    .from(customerPhones)
    .where(and(eq(customerPhones.companyId, companyId), inArray(customerPhones.customerId, customerIds)))
    .orderBy(desc(customerPhones.isPrimary), asc(customerPhones.createdAt), asc(customerPhones.phone));
}

/** Live files (other than `exceptId`) holding any of `phones`: the duplicate check. */
export async function liveHoldersOf(db: Db, companyId: string, phones: string[], exceptId?: string) {
  if (!phones.length) return [];
  return db
    .select({ id: customers.id, name: customers.name, phone: customerPhones.phone })
    .from(customerPhones)
    .innerJoin(
      customers,
      and(eq(customers.companyId, customerPhones.companyId), eq(customers.id, customerPhones.customerId)),
    )
    .where(
      and(
        eq(customerPhones.companyId, companyId),
        inArray(customerPhones.phone, phones),
        isNull(customers.mergedIntoId),
        exceptId ? ne(customers.id, exceptId) : undefined,
      ),
    )
    .orderBy(desc(customers.id));
}

/**
 * Serialises writers that claim the same phone numbers (no unique index can, since a duplicate
 * may be allowed on purpose): a transaction-scoped advisory lock per number, taken in order.
 */
export async function lockPhones(tx: Db, companyId: string, phones: string[]): Promise<void> {
  for (const phone of [...new Set(phones)].sort()) {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`customer-phone:${companyId}:${phone}`}, 0))`,
    );
  }
}

export async function insertPhones(tx: Db, rows: (typeof customerPhones.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(customerPhones).values(rows);
}

export async function deletePhones(tx: Db, companyId: string, customerId: string, phones: string[]) {
  if (!phones.length) return;
  await tx
    .delete(customerPhones)
    .where(
      and(
        eq(customerPhones.companyId, companyId),
        eq(customerPhones.customerId, customerId),
        inArray(customerPhones.phone, phones),
      ),
    );
}

/** Makes `phone` the only primary number of the file (null: no primary). */
export async function setPrimaryPhone(tx: Db, companyId: string, customerId: string, phone: string | null) {
  await tx
    .update(customerPhones)
    .set({ isPrimary: phone === null ? false : sql`${customerPhones.phone} = ${phone}` })
    .where(and(eq(customerPhones.companyId, companyId), eq(customerPhones.customerId, customerId)));
}

/** Moves phones to another file as secondary numbers (merging). */
export async function movePhones(tx: Db, companyId: string, fromId: string, toId: string, phones: string[]) {
  if (!phones.length) return;
  await tx
    .update(customerPhones)
    .set({ customerId: toId, isPrimary: false })
    .where(
      and(
        eq(customerPhones.companyId, companyId),
        eq(customerPhones.customerId, fromId),
        inArray(customerPhones.phone, phones),
      ),
    );
}

export async function addressesOf(db: Db, companyId: string, customerIds: string[]): Promise<AddressRow[]> {
  if (!customerIds.length) return [];
  return db
    .select()
    .from(customerAddresses)
    .where(
      and(eq(customerAddresses.companyId, companyId), inArray(customerAddresses.customerId, customerIds)),
    )
    .orderBy(desc(customerAddresses.isDefault), asc(customerAddresses.id));
}

export async function insertAddresses(tx: Db, rows: (typeof customerAddresses.$inferInsert)[]) {
  if (!rows.length) return [];
  return tx.insert(customerAddresses).values(rows).returning();
}

export async function updateAddressRow(
  tx: Db,
  companyId: string,
  id: string,
  patch: Partial<Omit<AddressRow, 'companyId' | 'id' | 'customerId' | 'createdAt'>>,
): Promise<AddressRow> {
  const [row] = await tx
    .update(customerAddresses)
    .set(patch)
    .where(and(eq(customerAddresses.companyId, companyId), eq(customerAddresses.id, id)))
    .returning();
  return row!;
}

/** Makes `addressId` the only default address of the file (null: none is default). */
export async function setDefaultAddress(
  tx: Db,
  companyId: string,
  customerId: string,
  addressId: string | null,
) {
  await tx
    .update(customerAddresses)
    .set({ isDefault: addressId === null ? false : sql`${customerAddresses.id} = ${addressId}` })
    .where(and(eq(customerAddresses.companyId, companyId), eq(customerAddresses.customerId, customerId)));
}

export async function deleteAddress(tx: Db, companyId: string, id: string): Promise<void> {
  await tx
    .delete(customerAddresses)
    .where(and(eq(customerAddresses.companyId, companyId), eq(customerAddresses.id, id)));
}

/** Moves every address of one file to another (merging); `keepDefault` false clears their default flag. */
export async function moveAddresses(
  tx: Db,
  companyId: string,
  fromId: string,
  toId: string,
  keepDefault: boolean,
) {
  return tx
    .update(customerAddresses)
    .set({ customerId: toId, ...(keepDefault ? {} : { isDefault: false }) })
    .where(and(eq(customerAddresses.companyId, companyId), eq(customerAddresses.customerId, fromId)))
    .returning({ id: customerAddresses.id });
}
