import { and, asc, desc, eq, inArray, isNull, max } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { priceListVersions, serviceTypes } from '../../db/schema/catalog.ts';
import { customerAddresses, customers } from '../../db/schema/customers.ts';
import { assessments, contractSignatures, contracts, quotes } from '../../db/schema/orders.ts';
import { companies, stores, users } from '../../db/schema/org.ts';
import { skills, workerSkills, workers } from '../../db/schema/workers.ts';

/**
 * The only place touching assessments, quotes, contracts and contract_signatures, plus the narrow
 * reads the contract needs from other modules' tables (company, store, customer, address, worker,
 * price-list version) — only the columns a contract may print (R16: never a worker's phone).
 */
export type AssessmentRow = typeof assessments.$inferSelect;
export type AssessmentInsert = typeof assessments.$inferInsert;
export type QuoteRow = typeof quotes.$inferSelect;
export type QuoteInsert = typeof quotes.$inferInsert;
export type ContractRow = typeof contracts.$inferSelect;
export type ContractInsert = typeof contracts.$inferInsert;
export type SignatureRow = typeof contractSignatures.$inferSelect;
export type SignatureInsert = typeof contractSignatures.$inferInsert;

// ——— assessments ———

export async function insertAssessment(db: Db, values: AssessmentInsert): Promise<AssessmentRow> {
  const [row] = await db.insert(assessments).values(values).returning();
  return row as AssessmentRow;
}

export async function findAssessment(db: Db, companyId: string, id: string) {
  const [row] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.companyId, companyId), eq(assessments.id, id)));
  return row;
}

export async function updateAssessment(
  db: Db,
  companyId: string,
  id: string,
  set: Partial<AssessmentInsert>,
): Promise<AssessmentRow> {
  const [row] = await db
    .update(assessments)
    .set(set)
    .where(and(eq(assessments.companyId, companyId), eq(assessments.id, id)))
    .returning();
  return row as AssessmentRow;
}

export async function assessmentsOfOrder(db: Db, companyId: string, orderId: string) {
  return db
    .select()
    .from(assessments)
    .where(and(eq(assessments.companyId, companyId), eq(assessments.orderId, orderId)))
    .orderBy(asc(assessments.id));
}

// ——— quotes ———

export async function findQuote(db: Db, companyId: string, id: string): Promise<QuoteRow | undefined> {
  const [row] = await db
    .select()
    .from(quotes)
    .where(and(eq(quotes.companyId, companyId), eq(quotes.id, id)));
  return row;
}

export async function quotesOfOrder(db: Db, companyId: string, orderId: string): Promise<QuoteRow[]> {
  return db
    .select()
    .from(quotes)
    .where(and(eq(quotes.companyId, companyId), eq(quotes.orderId, orderId)))
    .orderBy(asc(quotes.version));
}

export async function lastQuoteVersion(db: Db, companyId: string, orderId: string): Promise<number> {
  const [row] = await db
    .select({ v: max(quotes.version) })
    .from(quotes)
    .where(and(eq(quotes.companyId, companyId), eq(quotes.orderId, orderId)));
  return row?.v ?? 0;
}

export async function insertQuote(db: Db, values: QuoteInsert): Promise<QuoteRow> {
  const [row] = await db.insert(quotes).values(values).returning();
  return row as QuoteRow;
}

/** Marks the order's open (issued or accepted) quotes superseded; returns their ids. */
export async function supersedeOpenQuotes(db: Db, companyId: string, orderId: string): Promise<string[]> {
  const rows = await db
    .update(quotes)
    .set({ state: 'superseded' })
    .where(
      and(
        eq(quotes.companyId, companyId),
        eq(quotes.orderId, orderId),
        inArray(quotes.state, ['issued', 'accepted']),
      ),
    )
    .returning({ id: quotes.id });
  return rows.map((r) => r.id);
}

/** A conditional UPDATE: decides the quote only while it is still `issued` (one of two racers wins). */
export async function decideQuoteIf(
  db: Db,
  companyId: string,
  id: string,
  set: Pick<QuoteInsert, 'state' | 'decidedAt' | 'decidedVia' | 'decisionNote'>,
): Promise<QuoteRow | undefined> {
  const [row] = await db
    .update(quotes)
    .set(set)
    .where(and(eq(quotes.companyId, companyId), eq(quotes.id, id), eq(quotes.state, 'issued')))
    .returning();
  return row;
}

// ——— contracts ———

export async function findContract(db: Db, companyId: string, id: string): Promise<ContractRow | undefined> {
  const [row] = await db
    .select()
    .from(contracts)
    .where(and(eq(contracts.companyId, companyId), eq(contracts.id, id)));
  return row;
}

export async function contractsOfOrder(db: Db, companyId: string, orderId: string): Promise<ContractRow[]> {
  return db
    .select()
    .from(contracts)
    .where(and(eq(contracts.companyId, companyId), eq(contracts.orderId, orderId)))
    .orderBy(asc(contracts.id));
}

export async function insertContract(db: Db, values: ContractInsert): Promise<ContractRow> {
  const [row] = await db.insert(contracts).values(values).returning();
  return row as ContractRow;
}

/** A conditional UPDATE of the contract's state: only while it is in one of `from`. */
export async function setContractStateIf(
  db: Db,
  companyId: string,
  id: string,
  from: ContractRow['state'][],
  state: ContractRow['state'],
): Promise<ContractRow | undefined> {
  const [row] = await db
    .update(contracts)
    .set({ state })
    .where(and(eq(contracts.companyId, companyId), eq(contracts.id, id), inArray(contracts.state, from)))
    .returning();
  return row;
}

export async function signaturesOf(db: Db, companyId: string, contractId: string): Promise<SignatureRow[]> {
  return db
    .select()
    .from(contractSignatures)
    .where(and(eq(contractSignatures.companyId, companyId), eq(contractSignatures.contractId, contractId)))
    .orderBy(asc(contractSignatures.signedAt));
}

export async function insertSignature(db: Db, values: SignatureInsert): Promise<SignatureRow> {
  const [row] = await db.insert(contractSignatures).values(values).returning();
  return row as SignatureRow;
}

// ——— narrow reads for the contract ———

export async function companyOf(db: Db, companyId: string) {
  const [row] = await db
    .select({ name: companies.name, hotline: companies.hotline })
    .from(companies)
    .where(eq(companies.id, companyId));
  return row;
}

export async function storeContact(db: Db, companyId: string, storeId: string) {
  const [row] = await db
    .select({ name: stores.name, phone: stores.phone, address: stores.address })
    .from(stores)
    .where(and(eq(stores.companyId, companyId), eq(stores.id, storeId)));
  return row;
}

export async function contractCustomer(db: Db, companyId: string, customerId: string) {
  const [row] = await db
    .select({ id: customers.id, name: customers.name, idNumberMasked: customers.idNumberMasked })
    .from(customers)
    .where(and(eq(customers.companyId, companyId), eq(customers.id, customerId)));
  return row;
}

export async function contractAddress(db: Db, companyId: string, addressId: string) {
  const [row] = await db
    .select({
      province: customerAddresses.province,
      city: customerAddresses.city,
      district: customerAddresses.district,
      community: customerAddresses.community,
      detail: customerAddresses.detail,
    })
    .from(customerAddresses)
    .where(and(eq(customerAddresses.companyId, companyId), eq(customerAddresses.id, addressId)));
  return row;
}

/** The customer files a login is linked to (live ones only), as in GET /me/customer. */
export async function customerIdsOfUser(db: Db, companyId: string, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: customers.id })
    .from(customers)
    .where(
      and(eq(customers.companyId, companyId), eq(customers.userId, userId), isNull(customers.mergedIntoId)),
    )
    .orderBy(desc(customers.id));
  return rows.map((r) => r.id);
}

/** A worker as a contract prints her: name, masked ID, tier, skills — no phone, no address. */
export async function contractWorker(db: Db, companyId: string, workerId: string) {
  const [row] = await db
    .select({
      id: workers.id,
      name: workers.name,
      idNumberMasked: workers.idNumberMasked,
      tier: workers.tier,
      status: workers.status,
    })
    .from(workers)
    .where(and(eq(workers.companyId, companyId), eq(workers.id, workerId)));
  if (!row) return undefined;
  const skillRows = await db
    .select({ name: skills.name })
    .from(workerSkills)
    .innerJoin(skills, and(eq(skills.companyId, workerSkills.companyId), eq(skills.id, workerSkills.skillId)))
    .where(and(eq(workerSkills.companyId, companyId), eq(workerSkills.workerId, workerId)))
    .orderBy(asc(skills.sortOrder), asc(skills.name));
  return { ...row, skills: skillRows.map((s) => s.name) };
}

export async function priceListContents(db: Db, companyId: string, id: string): Promise<unknown> {
  const [row] = await db
    .select({ contents: priceListVersions.contents })
    .from(priceListVersions)
    .where(and(eq(priceListVersions.companyId, companyId), eq(priceListVersions.id, id)));
  return row?.contents;
}

export async function userName(db: Db, companyId: string, userId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ displayName: users.displayName })
    .from(users)
    .where(and(eq(users.companyId, companyId), eq(users.id, userId)));
  return row?.displayName;
}

export async function serviceTypeOf(db: Db, companyId: string, id: string) {
  const [row] = await db
    .select({ name: serviceTypes.name, unit: serviceTypes.unit, mode: serviceTypes.mode })
    .from(serviceTypes)
    .where(and(eq(serviceTypes.companyId, companyId), eq(serviceTypes.id, id)));
  return row;
}
