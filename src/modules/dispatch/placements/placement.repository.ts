import { and, asc, desc, eq, inArray, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { followUpTasks, interviews, replacements } from '../../../db/schema/dispatch.ts';
import { contracts } from '../../../db/schema/orders.ts';
import { teams } from '../../../db/schema/org.ts';
import { workers } from '../../../db/schema/workers.ts';

/**
 * The placement tables of dispatch (interviews 面试, replacements 换人, supervisor follow-ups 督导回访)
 * and the few read-only facts of other domains a placement needs (worker name and team, the signed
 * contract's terms). Reads run one at a time: `db` is often the writing transaction.
 */
export type InterviewRow = typeof interviews.$inferSelect;
export type ReplacementRow = typeof replacements.$inferSelect;
export type FollowUpRow = typeof followUpTasks.$inferSelect;

// ——— interviews ———

export async function insertInterview(db: Db, row: typeof interviews.$inferInsert): Promise<InterviewRow> {
  const [created] = await db.insert(interviews).values(row).returning();
  return created!;
}

export async function findInterview(
  db: Db,
  companyId: string,
  id: string,
): Promise<InterviewRow | undefined> {
  const [row] = await db
    .select()
    .from(interviews)
    .where(and(eq(interviews.companyId, companyId), eq(interviews.id, id)));
  return row;
}

export function interviewsOfOrder(
  db: Db,
  companyId: string,
  orderId: string,
  states?: InterviewRow['state'][],
) {
  const conds: SQL[] = [eq(interviews.companyId, companyId), eq(interviews.orderId, orderId)];
  if (states) conds.push(inArray(interviews.state, states));
  return db
    .select()
    .from(interviews)
    .where(and(...conds))
    .orderBy(asc(interviews.scheduledAt), asc(interviews.id));
}

/** The order's interviews with the worker's name and tier (never her phone). */
export function interviewListOf(db: Db, companyId: string, orderId: string) {
  return db
    .select({
      interview: interviews,
      workerName: workers.name,
      tier: workers.tier,
      photoUrl: workers.photoUrl,
    })
    .from(interviews)
    .innerJoin(workers, and(eq(workers.companyId, interviews.companyId), eq(workers.id, interviews.workerId)))
    .where(and(eq(interviews.companyId, companyId), eq(interviews.orderId, orderId)))
    .orderBy(asc(interviews.scheduledAt), asc(interviews.id));
}

/** Moves an interview out of `scheduled`; undefined when someone else decided it first. */
export async function decideInterview(
  db: Db,
  companyId: string,
  id: string,
  set: {
    state: 'chosen' | 'declined' | 'cancelled';
    decidedAt: Date;
    decidedBy: string;
    note?: string | null;
  },
): Promise<InterviewRow | undefined> {
  const [row] = await db
    .update(interviews)
    .set(set)
    .where(and(eq(interviews.companyId, companyId), eq(interviews.id, id), eq(interviews.state, 'scheduled')))
    .returning();
  return row;
}

// ——— replacements ———

export async function insertReplacement(
  db: Db,
  row: typeof replacements.$inferInsert,
): Promise<ReplacementRow> {
  const [created] = await db.insert(replacements).values(row).returning();
  return created!;
}

export async function countedReplacements(db: Db, companyId: string, orderId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(replacements)
    .where(
      and(
        eq(replacements.companyId, companyId),
        eq(replacements.orderId, orderId),
        eq(replacements.counted, true),
      ),
    );
  return Number(row?.n ?? 0);
}

/** The order's latest replacement still waiting for the next worker (toWorkerId null). */
export async function openReplacementOf(db: Db, companyId: string, orderId: string) {
  const [row] = await db
    .select()
    .from(replacements)
    .where(
      and(
        eq(replacements.companyId, companyId),
        eq(replacements.orderId, orderId),
        isNull(replacements.toWorkerId),
      ),
    )
    .orderBy(desc(replacements.id))
    .limit(1);
  return row;
}

export async function setReplacementTo(db: Db, companyId: string, id: string, toWorkerId: string) {
  await db
    .update(replacements)
    .set({ toWorkerId })
    .where(
      and(eq(replacements.companyId, companyId), eq(replacements.id, id), isNull(replacements.toWorkerId)),
    );
}

export function replacementsOfOrder(db: Db, companyId: string, orderId: string) {
  return db
    .select()
    .from(replacements)
    .where(and(eq(replacements.companyId, companyId), eq(replacements.orderId, orderId)))
    .orderBy(asc(replacements.id));
}

// ——— follow-ups ———

export async function insertFollowUp(db: Db, row: typeof followUpTasks.$inferInsert): Promise<FollowUpRow> {
  const [created] = await db.insert(followUpTasks).values(row).returning();
  return created!;
}

export async function findFollowUp(db: Db, companyId: string, id: string): Promise<FollowUpRow | undefined> {
  const [row] = await db
    .select()
    .from(followUpTasks)
    .where(and(eq(followUpTasks.companyId, companyId), eq(followUpTasks.id, id)));
  return row;
}

export type FollowUpFilter = {
  storeIds: string[] | null; // null: every store
  state: FollowUpRow['state'];
  due: 'overdue' | 'today' | 'all';
  today: string;
  limit: number;
};

/** Follow-up tasks with the order's customer-facing facts a supervisor needs (no address). */
export function listFollowUpRows(db: Db, companyId: string, f: FollowUpFilter) {
  const conds: SQL[] = [eq(followUpTasks.companyId, companyId), eq(followUpTasks.state, f.state)];
  if (f.storeIds) {
    conds.push(f.storeIds.length ? inArray(followUpTasks.storeId, f.storeIds) : sql`false`);
  }
  if (f.due === 'overdue') conds.push(lt(followUpTasks.dueOn, f.today));
  if (f.due === 'today') conds.push(eq(followUpTasks.dueOn, f.today));
  return db
    .select({ task: followUpTasks, workerName: workers.name })
    .from(followUpTasks)
    .innerJoin(
      workers,
      and(eq(workers.companyId, followUpTasks.companyId), eq(workers.id, followUpTasks.workerId)),
    )
    .where(and(...conds))
    .orderBy(asc(followUpTasks.dueOn), asc(followUpTasks.id))
    .limit(f.limit);
}

export async function completeFollowUpIf(
  db: Db,
  companyId: string,
  id: string,
  set: { outcome: string; doneAt: Date; doneBy: string },
): Promise<FollowUpRow | undefined> {
  const [row] = await db
    .update(followUpTasks)
    .set({ ...set, state: 'done' })
    .where(
      and(eq(followUpTasks.companyId, companyId), eq(followUpTasks.id, id), eq(followUpTasks.state, 'open')),
    )
    .returning();
  return row;
}

/** Cancels the open follow-ups of a worker who leaves the placement (replaced, emergency). */
export async function cancelOpenFollowUps(db: Db, companyId: string, orderId: string, workerId: string) {
  await db
    .update(followUpTasks)
    .set({ state: 'cancelled' })
    .where(
      and(
        eq(followUpTasks.companyId, companyId),
        eq(followUpTasks.orderId, orderId),
        eq(followUpTasks.workerId, workerId),
        eq(followUpTasks.state, 'open'),
      ),
    );
}

// ——— facts of other domains (read-only) ———

/** The worker as a placement needs her: name, tier, status, store and her team's supervisor. */
export async function workerBrief(db: Db, companyId: string, workerId: string) {
  const [row] = await db
    .select({
      id: workers.id,
      name: workers.name,
      tier: workers.tier,
      photoUrl: workers.photoUrl,
      status: workers.status,
      storeId: workers.storeId,
      teamId: workers.teamId,
      supervisorUserId: teams.supervisorUserId,
    })
    .from(workers)
    .leftJoin(
      teams,
      and(eq(teams.companyId, workers.companyId), eq(teams.id, workers.teamId), eq(teams.status, 'active')),
    )
    .where(and(eq(workers.companyId, companyId), eq(workers.id, workerId)));
  return row;
}

export async function workerNames(db: Db, companyId: string, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: workers.id, name: workers.name })
    .from(workers)
    .where(and(eq(workers.companyId, companyId), inArray(workers.id, ids)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The order's contract in force: the latest signed, not superseded version (R10, R11). */
export async function signedContractOf(db: Db, companyId: string, orderId: string) {
  const [row] = await db
    .select({ id: contracts.id, terms: contracts.terms, version: contracts.version })
    .from(contracts)
    .where(
      and(eq(contracts.companyId, companyId), eq(contracts.orderId, orderId), eq(contracts.state, 'signed')),
    )
    .orderBy(desc(contracts.version))
    .limit(1);
  return row;
}
