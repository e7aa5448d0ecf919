import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { companyId, createdAt, inList } from './_columns.ts';
import { orders } from './orders.ts';
import { workers } from './workers.ts';

export const BOOKING_KINDS = ['visit', 'placement', 'interview'] as const;

/**
 * A worker's time held for a job (档期). Overlapping active bookings of one worker are refused by
 * the database itself: an exclusion constraint over (company, worker, time range), added in a
 * hand-written migration (0007) because Drizzle has no builder for EXCLUDE.
 */
export const workerBookings = pgTable(
  'worker_bookings',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    workerId: text('worker_id').notNull(),
    orderId: text('order_id'),
    kind: text('kind', { enum: BOOKING_KINDS }).notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    state: text('state', { enum: ['active', 'cancelled'] })
      .notNull()
      .default('active'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    foreignKey({ columns: [t.companyId, t.workerId], foreignColumns: [workers.companyId, workers.id] }),
    foreignKey({ columns: [t.companyId, t.orderId], foreignColumns: [orders.companyId, orders.id] }),
    index('worker_bookings_worker_idx').on(t.companyId, t.workerId, t.startsAt),
    check('worker_bookings_range_ck', sql`${t.startsAt} < ${t.endsAt}`),
    check('worker_bookings_kind_ck', inList('kind', BOOKING_KINDS)),
    check('worker_bookings_state_ck', inList('state', ['active', 'cancelled'])),
  ],
);
