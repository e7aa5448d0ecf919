import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { workerBookings } from '../../db/schema/dispatch.ts';
import { AppError, pgConstraint, pgErrorCode } from '../../platform/errors.ts';

export type BookingRow = typeof workerBookings.$inferSelect;
export type NewBooking = typeof workerBookings.$inferInsert;

/** The active bookings of a worker that overlap [startsAt, endsAt). */
export function overlappingBookings(
  db: Db,
  companyId: string,
  workerId: string,
  startsAt: Date,
  endsAt: Date,
) {
  return db
    .select()
    .from(workerBookings)
    .where(
      and(
        eq(workerBookings.companyId, companyId),
        eq(workerBookings.workerId, workerId),
        eq(workerBookings.state, 'active'),
        lt(workerBookings.startsAt, endsAt),
        gt(workerBookings.endsAt, startsAt),
      ),
    );
}

/**
 * Holds a worker's time. The exclusion constraint `worker_bookings_no_overlap` (migration 0007)
 * decides between concurrent attempts on either driver; the loser gets 409 naming the booking
 * that holds the time. Call with its own transaction (a failed statement aborts it).
 */
export async function insertBooking(db: Db, row: NewBooking): Promise<BookingRow> {
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx.insert(workerBookings).values(row).returning();
      return created!;
    });
  } catch (err) {
    if (pgErrorCode(err) !== '23P01' || pgConstraint(err) !== 'worker_bookings_no_overlap') throw err;
    const [holder] = await overlappingBookings(db, row.companyId, row.workerId, row.startsAt, row.endsAt);
    throw new AppError('CONFLICT', {
      reason: {
        zh: `该家政员在此时段已有安排${holder?.orderId ? `（订单 ${holder.orderId}）` : ''}，不能重复派单。`,
        en: `The worker is already booked for this time${holder?.orderId ? ` (order ${holder.orderId})` : ''}.`,
      },
      conflictingBookingId: holder?.id ?? null,
      conflictingOrderId: holder?.orderId ?? null,
    });
  }
}

export async function cancelBooking(db: Db, companyId: string, id: string): Promise<void> {
  await db
    .update(workerBookings)
    .set({ state: 'cancelled' })
    .where(and(eq(workerBookings.companyId, companyId), eq(workerBookings.id, id)));
}
