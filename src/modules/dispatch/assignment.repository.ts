import { and, asc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { assignments } from '../../db/schema/dispatch.ts';
import { AppError, pgConstraint, pgErrorCode } from '../../platform/errors.ts';

export type AssignmentRow = typeof assignments.$inferSelect;
export type AssignmentInsert = typeof assignments.$inferInsert;
export const LIVE_STATES = ['offered', 'active'] as const;

/**
 * Inserts an assignment; a second live one for the same order (two dispatchers at once) hits the
 * partial unique index `assignments_live_order_uq` and answers 409. Own savepoint, like bookings.
 */
export async function insertAssignment(db: Db, row: AssignmentInsert): Promise<AssignmentRow> {
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx.insert(assignments).values(row).returning();
      return created!;
    });
  } catch (err) {
    if (pgErrorCode(err) !== '23505' || pgConstraint(err) !== 'assignments_live_order_uq') throw err;
    throw new AppError('CONFLICT', {
      reason: {
        zh: `订单 ${row.orderId} 已派单，请刷新后查看`,
        en: `Order ${row.orderId} is already assigned`,
      },
      conflictingOrderId: row.orderId,
    });
  }
}

export async function findAssignment(db: Db, companyId: string, id: string) {
  const [row] = await db
    .select()
    .from(assignments)
    .where(and(eq(assignments.companyId, companyId), eq(assignments.id, id)));
  return row;
}

export function assignmentsOfOrder(db: Db, companyId: string, orderId: string) {
  return db
    .select()
    .from(assignments)
    .where(and(eq(assignments.companyId, companyId), eq(assignments.orderId, orderId)))
    .orderBy(asc(assignments.createdAt), asc(assignments.id));
}

export async function liveAssignmentOf(db: Db, companyId: string, orderId: string) {
  const [row] = await db
    .select()
    .from(assignments)
    .where(
      and(
        eq(assignments.companyId, companyId),
        eq(assignments.orderId, orderId),
        inArray(assignments.state, [...LIVE_STATES]),
      ),
    );
  return row;
}

/** Moves an assignment from one of `from` states to `to`; undefined when it was not in them. */
export async function updateAssignmentIf(
  db: Db,
  companyId: string,
  id: string,
  from: AssignmentRow['state'][],
  set: Partial<AssignmentInsert>,
): Promise<AssignmentRow | undefined> {
  const [row] = await db
    .update(assignments)
    .set(set)
    .where(
      and(eq(assignments.companyId, companyId), eq(assignments.id, id), inArray(assignments.state, from)),
    )
    .returning();
  return row;
}

export function assignmentsOfWorker(
  db: Db,
  companyId: string,
  workerId: string,
  opts: { states: AssignmentRow['state'][]; from?: Date; to?: Date },
) {
  const conds: SQL[] = [
    eq(assignments.companyId, companyId),
    eq(assignments.workerId, workerId),
    inArray(assignments.state, opts.states),
  ];
  if (opts.from) conds.push(gte(assignments.endsAt, opts.from));
  if (opts.to) conds.push(lte(assignments.startsAt, opts.to));
  return db
    .select()
    .from(assignments)
    .where(and(...conds))
    .orderBy(asc(assignments.startsAt));
}

/** Offers whose time ran out (state offered, expiry ≤ now), oldest first. */
export function expiredOffers(db: Db, now: Date, limit = 100) {
  return db
    .select()
    .from(assignments)
    .where(and(eq(assignments.state, 'offered'), lte(assignments.offerExpiresAt, now)))
    .orderBy(asc(assignments.offerExpiresAt))
    .limit(limit);
}
