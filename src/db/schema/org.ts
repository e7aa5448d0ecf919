import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { companyId, createdAt, updatedAt } from './_columns.ts';

export const companies = pgTable('companies', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  hotline: text('hotline'),
  /** Whether the available-worker board is open to the public (not only logged-in customers). */
  publicBoard: boolean('public_board').notNull().default(false),
  /** Dispatch weights and windows; missing keys take the defaults of modules/dispatch/settings.ts. */
  dispatchSettings: jsonb('dispatch_settings').notNull().default(sql`'{}'::jsonb`),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const stores = pgTable(
  'stores',
  {
    companyId: companyId().references(() => companies.id),
    id: text('id').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['store', 'call_center'] }).notNull(),
    phone: text('phone'),
    address: text('address'),
    status: text('status', { enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    unique('stores_company_name_uq').on(t.companyId, t.name),
    check('stores_kind_ck', sql`${t.kind} in ('store', 'call_center')`),
    check('stores_status_ck', sql`${t.status} in ('active', 'disabled')`),
  ],
);

export const users = pgTable(
  'users',
  {
    companyId: companyId().references(() => companies.id),
    id: text('id').notNull(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    phone: text('phone'),
    passwordHash: text('password_hash').notNull(),
    status: text('status', { enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    // Login names are global so that `POST /auth/login {username, password}` needs no company code.
    uniqueIndex('users_username_uq').on(sql`lower(${t.username})`),
    check('users_status_ck', sql`${t.status} in ('active', 'disabled')`),
    check('users_username_ck', sql`${t.username} ~ '^[A-Za-z0-9_.-]{2,40}$'`),
  ],
);

export const ROLE_NAMES = [
  'admin',
  'agent',
  'store_manager',
  'dispatcher',
  'supervisor',
  'finance',
  'aftersales',
  'worker',
  'customer',
] as const;

export const userRoles = pgTable(
  'user_roles',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    userId: text('user_id').notNull(),
    role: text('role', { enum: ROLE_NAMES }).notNull(),
    storeId: text('store_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    foreignKey({ columns: [t.companyId, t.userId], foreignColumns: [users.companyId, users.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.companyId, t.storeId], foreignColumns: [stores.companyId, stores.id] }),
    uniqueIndex('user_roles_uq').on(t.companyId, t.userId, t.role, sql`coalesce(${t.storeId}, '')`),
    index('user_roles_store_idx').on(t.companyId, t.storeId),
    check('user_roles_role_ck', sql.raw(`role in (${ROLE_NAMES.map((r) => `'${r}'`).join(', ')})`)),
  ],
);

export const teams = pgTable(
  'teams',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    storeId: text('store_id').notNull(),
    name: text('name').notNull(),
    supervisorUserId: text('supervisor_user_id'),
    status: text('status', { enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    foreignKey({ columns: [t.companyId, t.storeId], foreignColumns: [stores.companyId, stores.id] }),
    foreignKey({
      columns: [t.companyId, t.supervisorUserId],
      foreignColumns: [users.companyId, users.id],
    }),
    unique('teams_store_name_uq').on(t.companyId, t.storeId, t.name),
    check('teams_status_ck', sql`${t.status} in ('active', 'disabled')`),
  ],
);
