import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { companyId, createdAt, updatedAt } from './_columns.ts';
import { companies, users } from './org.ts';

export const SOURCE_CHANNELS = ['phone', 'walk_in', 'online', 'referral', 'call_center', 'other'] as const;

export type Household = {
  areaM2?: number | null;
  rooms?: number | null;
  members?: number | null;
  children?: { age: number }[];
  elders?: number | null;
  pets?: string | null;
  specialNeeds?: string | null;
};
export type Preferences = {
  language?: string | null;
  nativePlace?: string | null;
  cuisine?: string | null;
  workerAgeMin?: number | null;
  workerAgeMax?: number | null;
  notes?: string | null;
};

/** A customer's file (客户档案). A merged file points at the one that absorbed it and is hidden. */
export const customers = pgTable(
  'customers',
  {
    companyId: companyId().references(() => companies.id),
    id: text('id').notNull(),
    userId: text('user_id'), // her login for the H5 pages
    name: text('name').notNull(),
    idNumberEnc: text('id_number_enc'),
    idNumberHash: text('id_number_hash'),
    idNumberMasked: text('id_number_masked'),
    sourceChannel: text('source_channel', { enum: SOURCE_CHANNELS }).notNull(),
    household: jsonb('household').$type<Household>().notNull().default(sql`'{}'::jsonb`),
    preferences: jsonb('preferences').$type<Preferences>().notNull().default(sql`'{}'::jsonb`),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    blacklisted: boolean('blacklisted').notNull().default(false),
    blacklistReason: text('blacklist_reason'),
    mergedIntoId: text('merged_into_id'),
    notes: text('notes'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    foreignKey({ columns: [t.companyId, t.userId], foreignColumns: [users.companyId, users.id] }),
    index('customers_name_idx').on(t.companyId, t.name),
    index('customers_live_idx').on(t.companyId, t.id).where(sql`merged_into_id is null`),
  ],
);

/** Phone numbers of a customer; the first is primary. Duplicate detection looks here. */
export const customerPhones = pgTable(
  'customer_phones',
  {
    companyId: companyId(),
    customerId: text('customer_id').notNull(),
    phone: text('phone').notNull(),
    isPrimary: boolean('is_primary').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.customerId, t.phone] }),
    foreignKey({
      columns: [t.companyId, t.customerId],
      foreignColumns: [customers.companyId, customers.id],
    }).onDelete('cascade'),
    index('customer_phones_phone_idx').on(t.companyId, t.phone),
  ],
);

/** Service addresses. `detail` (building/room) and `accessNotes` are the sensitive part (R16). */
export const customerAddresses = pgTable(
  'customer_addresses',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    customerId: text('customer_id').notNull(),
    label: text('label'),
    province: text('province').notNull(),
    city: text('city').notNull(),
    district: text('district').notNull(),
    community: text('community').notNull(),
    detail: text('detail').notNull(),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    accessNotes: text('access_notes'),
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    foreignKey({
      columns: [t.companyId, t.customerId],
      foreignColumns: [customers.companyId, customers.id],
    }).onDelete('cascade'),
    index('customer_addresses_customer_idx').on(t.companyId, t.customerId),
  ],
);

export const customerMerges = pgTable(
  'customer_merges',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    sourceId: text('source_id').notNull(),
    targetId: text('target_id').notNull(),
    mergedBy: text('merged_by').notNull(),
    mergedAt: timestamp('merged_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.id] })],
);
