import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { companyId, createdAt, inList, updatedAt } from './_columns.ts';
import { companies, users } from './org.ts';
import { WORKER_TIERS } from './workers.ts';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

export const SERVICE_MODES = ['visit', 'placement'] as const;
/** Visits are priced per hour, m² or item; placements per month or per 26-day cycle (月嫂). */
export const VISIT_UNITS = ['hour', 'm2', 'item'] as const;
export const PLACEMENT_UNITS = ['month', 'cycle26'] as const;
export const SERVICE_UNITS = [...VISIT_UNITS, ...PLACEMENT_UNITS] as const;
export const SERVICE_TYPE_STATUSES = ['active', 'disabled'] as const;
export const PRICE_LIST_STATUSES = ['draft', 'published'] as const;

/**
 * A service the company sells (日常保洁, 月嫂 …). Required skills are ids of `skills`, checked by
 * the use case (an array cannot carry a foreign key). Default duration: minutes for a visit, days
 * for a placement.
 */
export const serviceTypes = pgTable(
  'service_types',
  {
    companyId: companyId().references(() => companies.id),
    id: text('id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    mode: text('mode', { enum: SERVICE_MODES }).notNull(),
    unit: text('unit', { enum: SERVICE_UNITS }).notNull(),
    requiredSkillIds: text('required_skill_ids').array().notNull().default(sql`'{}'::text[]`),
    minTier: text('min_tier', { enum: WORKER_TIERS }),
    /** Certificate kinds a worker must hold, valid on every service day (R13), e.g. maternity. */
    requiredCertKinds: text('required_cert_kinds').array().notNull().default(sql`'{}'::text[]`),
    defaultDuration: integer('default_duration').notNull(),
    checklistTemplateRef: text('checklist_template_ref'),
    status: text('status', { enum: SERVICE_TYPE_STATUSES }).notNull().default('active'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    unique('service_types_company_code_uq').on(t.companyId, t.code),
    check('service_types_mode_ck', inList('mode', SERVICE_MODES)),
    check(
      'service_types_unit_ck',
      sql.raw(
        `(mode = 'visit' and unit in (${quoted(VISIT_UNITS)})) or (mode = 'placement' and unit in (${quoted(PLACEMENT_UNITS)}))`,
      ),
    ),
    check('service_types_min_tier_ck', sql.raw(`min_tier is null or min_tier in (${quoted(WORKER_TIERS)})`)),
    check('service_types_status_ck', inList('status', SERVICE_TYPE_STATUSES)),
    check('service_types_duration_ck', sql`default_duration > 0`),
  ],
);

/**
 * One version of a service type's prices. Versions count 1, 2, 3 … per service type; a draft may
 * change, a published version never does (a change is a new version). The current version for new
 * quotes is the published one with the highest number whose `effective_from` (a Shanghai business
 * day) has come. Quotes record the version id they were priced from.
 */
export const priceListVersions = pgTable(
  'price_list_versions',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    serviceTypeId: text('service_type_id').notNull(),
    version: integer('version').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    status: text('status', { enum: PRICE_LIST_STATUSES }).notNull().default('draft'),
    contents: jsonb('contents').notNull(),
    createdBy: text('created_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: text('published_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    foreignKey({
      columns: [t.companyId, t.serviceTypeId],
      foreignColumns: [serviceTypes.companyId, serviceTypes.id],
    }),
    foreignKey({ columns: [t.companyId, t.createdBy], foreignColumns: [users.companyId, users.id] }),
    foreignKey({ columns: [t.companyId, t.publishedBy], foreignColumns: [users.companyId, users.id] }),
    unique('price_list_versions_version_uq').on(t.companyId, t.serviceTypeId, t.version),
    check('price_list_versions_version_ck', sql`version > 0`),
    check('price_list_versions_status_ck', inList('status', PRICE_LIST_STATUSES)),
    check('price_list_versions_published_ck', sql`(status = 'published') = (published_at is not null)`),
  ],
);
