import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { companyId, createdAt } from './_columns.ts';
import { users } from './org.ts';

/** Server-side sessions; the cookie holds a random token, the row holds only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(), // sha256(token), hex
    companyId: companyId(),
    userId: text('user_id').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    foreignKey({ columns: [t.companyId, t.userId], foreignColumns: [users.companyId, users.id] }).onDelete(
      'cascade',
    ),
    index('sessions_user_idx').on(t.companyId, t.userId),
  ],
);

/**
 * Failed-login counters per account and per client address. Written before anyone is known to
 * belong to a company, so this table (with `companies`) is global rather than tenant-scoped.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(), // 'user:<lowercase username>' | 'ip:<address>'
  failures: integer('failures').notNull().default(0),
  firstFailureAt: timestamp('first_failure_at', { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

/** One row per write; written in the same transaction as the write it describes. */
export const auditLog = pgTable(
  'audit_log',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: text('actor_user_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    payload: jsonb('payload').notNull().default(sql`'{}'::jsonb`),
    requestId: text('request_id'),
    ip: text('ip'),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    index('audit_entity_idx').on(t.companyId, t.entityType, t.entityId, t.id),
    index('audit_actor_idx').on(t.companyId, t.actorUserId, t.id),
  ],
);

/** Stored first responses of POSTs sent with an Idempotency-Key, kept for 24 hours. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(), // the caller: a user id, or 'anon:<ip>'
    key: text('key').notNull(),
    companyId: text('company_id'),
    method: text('method').notNull(),
    path: text('path').notNull(),
    requestHash: text('request_hash').notNull(),
    state: text('state', { enum: ['pending', 'done'] })
      .notNull()
      .default('pending'),
    responseStatus: integer('response_status'),
    responseBody: text('response_body'),
    responseType: text('response_type'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index('idempotency_created_idx').on(t.createdAt)],
);
