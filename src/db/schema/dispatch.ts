import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { companyId, createdAt, inList } from './_columns.ts';
import { customers } from './customers.ts';
import { contracts, orders } from './orders.ts';
import { users } from './org.ts';
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

/**
 * Which worker does an order (派单). A visit has one live assignment; a placement has the chosen
 * worker (and, after a replacement 换人, the history of who came before). `offered` waits for the
 * worker's answer where the company uses offers; `active` holds her calendar through `bookingId`.
 * `releaseFrom`/`releaseUntil` bound when she may see the customer's detailed address (R16).
 */
export const ASSIGNMENT_STATES = [
  'offered',
  'active',
  'declined',
  'expired',
  'cancelled',
  'replaced',
  'done',
] as const;
export const assignments = pgTable(
  'assignments',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    orderId: text('order_id').notNull(),
    workerId: text('worker_id').notNull(),
    bookingId: text('booking_id'),
    kind: text('kind', { enum: ['visit', 'placement'] }).notNull(),
    state: text('state', { enum: ASSIGNMENT_STATES }).notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    releaseFrom: timestamp('release_from', { withTimezone: true }),
    releaseUntil: timestamp('release_until', { withTimezone: true }),
    score: doublePrecision('score'),
    scoreParts: jsonb('score_parts').notNull().default(sql`'[]'::jsonb`),
    offerExpiresAt: timestamp('offer_expires_at', { withTimezone: true }),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    declineReason: text('decline_reason'),
    endReason: text('end_reason'),
    assignedBy: text('assigned_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    foreignKey({ columns: [t.companyId, t.orderId], foreignColumns: [orders.companyId, orders.id] }),
    foreignKey({ columns: [t.companyId, t.workerId], foreignColumns: [workers.companyId, workers.id] }),
    foreignKey({
      columns: [t.companyId, t.bookingId],
      foreignColumns: [workerBookings.companyId, workerBookings.id],
    }),
    // One live worker per order: a second dispatcher assigning the same order gets a conflict.
    uniqueIndex('assignments_live_order_uq')
      .on(t.companyId, t.orderId)
      .where(sql`state in ('offered', 'active')`),
    index('assignments_worker_idx').on(t.companyId, t.workerId, t.startsAt),
    // The offer sweep (every minute, all companies) reads only offers that are waiting.
    index('assignments_offer_expiry_idx').on(t.offerExpiresAt).where(sql`state = 'offered'`),
    check('assignments_state_ck', inList('state', ASSIGNMENT_STATES)),
    check('assignments_kind_ck', inList('kind', ['visit', 'placement'])),
    check('assignments_range_ck', sql`${t.startsAt} < ${t.endsAt}`),
  ],
);

export const INTERVIEW_STATES = ['scheduled', 'chosen', 'declined', 'cancelled'] as const;
/** A placement candidate's interview 面试 (at the store or by video) and the customer's answer. */
export const interviews = pgTable(
  'interviews',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    orderId: text('order_id').notNull(),
    workerId: text('worker_id').notNull(),
    bookingId: text('booking_id'),
    mode: text('mode', { enum: ['store', 'video'] }).notNull(),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
    state: text('state', { enum: INTERVIEW_STATES }).notNull().default('scheduled'),
    score: doublePrecision('score'),
    scoreParts: jsonb('score_parts').notNull().default(sql`'[]'::jsonb`),
    note: text('note'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: text('decided_by'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    foreignKey({ columns: [t.companyId, t.orderId], foreignColumns: [orders.companyId, orders.id] }),
    foreignKey({ columns: [t.companyId, t.workerId], foreignColumns: [workers.companyId, workers.id] }),
    uniqueIndex('interviews_order_worker_uq')
      .on(t.companyId, t.orderId, t.workerId)
      .where(sql`state <> 'cancelled'`),
    check('interviews_state_ck', inList('state', INTERVIEW_STATES)),
    check('interviews_mode_ck', inList('mode', ['store', 'video'])),
  ],
);

export const REPLACEMENT_KINDS = ['customer_request', 'failed_trial', 'no_show', 'accident'] as const;
/**
 * Who replaced whom on a placement contract, and why (换人, R11, R32). A replacement counts against
 * the contract's quota (default 3); past it a manager's override with a reason is recorded.
 */
export const replacements = pgTable(
  'replacements',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    orderId: text('order_id').notNull(),
    contractId: text('contract_id'),
    fromWorkerId: text('from_worker_id').notNull(),
    toWorkerId: text('to_worker_id'),
    kind: text('kind', { enum: REPLACEMENT_KINDS }).notNull(),
    reason: text('reason').notNull(),
    counted: boolean('counted').notNull(),
    overrideBy: text('override_by'),
    overrideReason: text('override_reason'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    foreignKey({ columns: [t.companyId, t.orderId], foreignColumns: [orders.companyId, orders.id] }),
    foreignKey({
      columns: [t.companyId, t.contractId],
      foreignColumns: [contracts.companyId, contracts.id],
    }),
    foreignKey({
      columns: [t.companyId, t.fromWorkerId],
      foreignColumns: [workers.companyId, workers.id],
    }),
    index('replacements_order_idx').on(t.companyId, t.orderId, t.id),
    check('replacements_kind_ck', inList('kind', REPLACEMENT_KINDS)),
  ],
);

/** A supervisor's follow-up of a placement (督导回访, R26): due within 3 days of its start. */
export const followUpTasks = pgTable(
  'follow_up_tasks',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    orderId: text('order_id').notNull(),
    workerId: text('worker_id').notNull(),
    storeId: text('store_id'),
    assigneeUserId: text('assignee_user_id'),
    dueOn: date('due_on').notNull(),
    state: text('state', { enum: ['open', 'done', 'cancelled'] })
      .notNull()
      .default('open'),
    outcome: text('outcome'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: text('done_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    foreignKey({ columns: [t.companyId, t.orderId], foreignColumns: [orders.companyId, orders.id] }),
    foreignKey({
      columns: [t.companyId, t.assigneeUserId],
      foreignColumns: [users.companyId, users.id],
    }),
    index('follow_up_tasks_open_idx').on(t.companyId, t.dueOn).where(sql`state = 'open'`),
    check('follow_up_tasks_state_ck', inList('state', ['open', 'done', 'cancelled'])),
  ],
);

/** Workers a customer does not want again (hard rule: never offered to her). */
export const customerBlockedWorkers = pgTable(
  'customer_blocked_workers',
  {
    companyId: companyId(),
    customerId: text('customer_id').notNull(),
    workerId: text('worker_id').notNull(),
    reason: text('reason').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.customerId, t.workerId] }),
    foreignKey({
      columns: [t.companyId, t.customerId],
      foreignColumns: [customers.companyId, customers.id],
    }),
    foreignKey({ columns: [t.companyId, t.workerId], foreignColumns: [workers.companyId, workers.id] }),
  ],
);
