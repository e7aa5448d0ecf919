import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { companyId, createdAt, inList, updatedAt } from './_columns.ts';
import { priceListVersions, serviceTypes } from './catalog.ts';
import { customerAddresses, customers } from './customers.ts';
import { stores, users } from './org.ts';

/** The lifecycle of SPEC §3; the transition table lives in modules/orders/orders.rules.ts. */
export const ORDER_STATES = [
  'inquiry',
  'confirmed',
  'assessment',
  'quoted',
  'contracted',
  'dispatched',
  'interview',
  'trial',
  'in_service',
  'completed',
  'rework',
  'accepted',
  'settled',
  'followed_up',
  'closed',
  'cancelled',
  'terminated',
] as const;
export const ORDER_CHANNELS = ['phone', 'walk_in', 'online', 'referral', 'call_center'] as const;
/** Routing (R3, R4): not yet routed; sent to a store that must accept; accepted; the store asked the
 * call center to clarify; offered to every store as urgent cross-store help (first to accept wins). */
export const ROUTING_STATES = ['unrouted', 'pending', 'accepted', 'clarifying', 'offered'] as const;

/** An order (订单), from the first call on. Address and household facts are snapshots (R2). */
export const orders = pgTable(
  'orders',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    customerId: text('customer_id').notNull(),
    serviceTypeId: text('service_type_id').notNull(),
    mode: text('mode', { enum: ['visit', 'placement'] }).notNull(),
    status: text('status', { enum: ORDER_STATES }).notNull().default('inquiry'),
    channel: text('channel', { enum: ORDER_CHANNELS }).notNull(),
    ownerAgentId: text('owner_agent_id').notNull(), // R7: the agent who owns callbacks
    storeId: text('store_id'),
    routing: text('routing', { enum: ROUTING_STATES }).notNull().default('unrouted'),
    urgent: boolean('urgent').notNull().default(false),
    referredBy: text('referred_by'), // R1: the team member who heard the request on site
    windowStart: timestamp('window_start', { withTimezone: true }), // visits: desired time window
    windowEnd: timestamp('window_end', { withTimezone: true }),
    startDate: date('start_date'), // placements: desired start date (Shanghai)
    addressId: text('address_id'),
    district: text('district'), // what a worker may see before the release window (R16)
    community: text('community'),
    quantity: doublePrecision('quantity'), // hours, m², items or months, per the service's unit
    household: jsonb('household').notNull().default(sql`'{}'::jsonb`),
    preferences: jsonb('preferences').notNull().default(sql`'{}'::jsonb`),
    notes: text('notes'),
    cancelReason: text('cancel_reason'),
    cancelFeeFen: integer('cancel_fee_fen'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    foreignKey({ columns: [t.companyId, t.customerId], foreignColumns: [customers.companyId, customers.id] }),
    foreignKey({
      columns: [t.companyId, t.serviceTypeId],
      foreignColumns: [serviceTypes.companyId, serviceTypes.id],
    }),
    foreignKey({ columns: [t.companyId, t.ownerAgentId], foreignColumns: [users.companyId, users.id] }),
    foreignKey({ columns: [t.companyId, t.storeId], foreignColumns: [stores.companyId, stores.id] }),
    foreignKey({
      columns: [t.companyId, t.addressId],
      foreignColumns: [customerAddresses.companyId, customerAddresses.id],
    }),
    index('orders_store_status_idx').on(t.companyId, t.storeId, t.status, t.id),
    index('orders_status_idx').on(t.companyId, t.status, t.id),
    index('orders_customer_idx').on(t.companyId, t.customerId, t.id),
    index('orders_agent_idx').on(t.companyId, t.ownerAgentId, t.id),
    index('orders_routing_idx')
      .on(t.companyId, t.routing, t.id)
      .where(sql`routing in ('pending', 'offered', 'clarifying')`),
    check('orders_status_ck', inList('status', ORDER_STATES)),
    check('orders_mode_ck', inList('mode', ['visit', 'placement'])),
    check('orders_channel_ck', inList('channel', ORDER_CHANNELS)),
    check('orders_routing_ck', inList('routing', ROUTING_STATES)),
    check('orders_window_ck', sql`${t.windowEnd} is null or ${t.windowStart} < ${t.windowEnd}`),
    check('orders_cancel_fee_ck', sql`${t.cancelFeeFen} is null or ${t.cancelFeeFen} >= 0`),
    check('orders_routed_ck', sql`routing = 'unrouted' or routing = 'offered' or store_id is not null`),
  ],
);

const orderChild = (t: {
  companyId: Parameters<typeof foreignKey>[0]['columns'][number];
  orderId: Parameters<typeof foreignKey>[0]['columns'][number];
}) => foreignKey({ columns: [t.companyId, t.orderId], foreignColumns: [orders.companyId, orders.id] });

/** The order's timeline: every transition and notable act, with actor and time (SPEC §3). */
export const orderEvents = pgTable(
  'order_events',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    orderId: text('order_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: text('actor_user_id'),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    data: jsonb('data').notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    orderChild(t),
    index('order_events_order_idx').on(t.companyId, t.orderId, t.id),
  ],
);

/** Callback tasks (回访, R5, R7, R25): due on a Shanghai date, owned by the order's agent. */
export const callbacks = pgTable(
  'callbacks',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    orderId: text('order_id').notNull(),
    ownerUserId: text('owner_user_id').notNull(),
    dueOn: date('due_on').notNull(),
    reason: text('reason').notNull(),
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
    orderChild(t),
    foreignKey({ columns: [t.companyId, t.ownerUserId], foreignColumns: [users.companyId, users.id] }),
    index('callbacks_owner_due_idx').on(t.companyId, t.ownerUserId, t.dueOn).where(sql`state = 'open'`),
    // "orders with an overdue callback" at 1M orders: 113 ms p99 → 14 ms (npm run bench orders)
    index('callbacks_open_order_idx').on(t.companyId, t.orderId).where(sql`state = 'open'`),
    check('callbacks_state_ck', inList('state', ['open', 'done', 'cancelled'])),
  ],
);

/** A home assessment (上门评估, R8). */
export const assessments = pgTable(
  'assessments',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    orderId: text('order_id').notNull(),
    assessorUserId: text('assessor_user_id').notNull(),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }),
    areaM2: doublePrecision('area_m2'),
    rooms: integer('rooms'),
    members: jsonb('members').notNull().default(sql`'[]'::jsonb`),
    habits: text('habits'),
    requirements: text('requirements'),
    photos: text('photos').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    orderChild(t),
    index('assessments_order_idx').on(t.companyId, t.orderId),
  ],
);

export const QUOTE_STATES = ['issued', 'accepted', 'rejected', 'superseded'] as const;

/** An itemized quote (R9): lines priced from one published price-list version, never edited. */
export const quotes = pgTable(
  'quotes',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    orderId: text('order_id').notNull(),
    version: integer('version').notNull(),
    priceListVersionId: text('price_list_version_id').notNull(),
    params: jsonb('params').notNull(),
    lines: jsonb('lines').notNull(),
    totalFen: integer('total_fen').notNull(),
    monthlyTotalFen: integer('monthly_total_fen'),
    firstPaymentFen: integer('first_payment_fen'),
    validUntil: date('valid_until').notNull(),
    state: text('state', { enum: QUOTE_STATES }).notNull().default('issued'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedVia: text('decided_via', { enum: ['h5', 'phone'] }),
    decisionNote: text('decision_note'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    orderChild(t),
    foreignKey({
      columns: [t.companyId, t.priceListVersionId],
      foreignColumns: [priceListVersions.companyId, priceListVersions.id],
    }),
    unique('quotes_order_version_uq').on(t.companyId, t.orderId, t.version),
    check('quotes_state_ck', inList('state', QUOTE_STATES)),
    check('quotes_total_ck', sql`${t.totalFen} >= 0`),
  ],
);

export const CONTRACT_STATES = ['draft', 'customer_signed', 'signed', 'superseded'] as const;

/** A contract version (R10, R11): its terms and the SHA-256 of their text; signed → immutable. */
export const contracts = pgTable(
  'contracts',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    orderId: text('order_id').notNull(),
    quoteId: text('quote_id').notNull(),
    number: text('number').notNull(),
    version: integer('version').notNull(),
    previousId: text('previous_id'), // an amendment 变更 or renewal 续签 references the old version
    kind: text('kind', { enum: ['visit', 'placement'] }).notNull(),
    employmentModel: text('employment_model', { enum: ['employee', 'intermediary'] }),
    terms: jsonb('terms').notNull(),
    textSha256: text('text_sha256').notNull(),
    state: text('state', { enum: CONTRACT_STATES }).notNull().default('draft'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    orderChild(t),
    foreignKey({ columns: [t.companyId, t.quoteId], foreignColumns: [quotes.companyId, quotes.id] }),
    unique('contracts_number_version_uq').on(t.companyId, t.number, t.version),
    check('contracts_state_ck', inList('state', CONTRACT_STATES)),
  ],
);

/** Who signed which contract text: drawn signature, typed name, time, address, the hash signed. */
export const contractSignatures = pgTable(
  'contract_signatures',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    contractId: text('contract_id').notNull(),
    party: text('party', { enum: ['customer', 'company', 'worker'] }).notNull(),
    signerName: text('signer_name').notNull(),
    signerUserId: text('signer_user_id'),
    signaturePng: text('signature_png'), // data URL of the drawn signature
    signedSha256: text('signed_sha256').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    foreignKey({ columns: [t.companyId, t.contractId], foreignColumns: [contracts.companyId, contracts.id] }),
    uniqueIndex('contract_signatures_party_uq').on(t.companyId, t.contractId, t.party),
    check('contract_signatures_party_ck', inList('party', ['customer', 'company', 'worker'])),
  ],
);
