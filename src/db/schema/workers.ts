import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  time,
  timestamp,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { companyId, createdAt, inList, updatedAt } from './_columns.ts';
import { companies, stores, teams, users } from './org.ts';

export const EDUCATION_LEVELS = ['none', 'primary', 'junior', 'senior', 'college', 'bachelor'] as const;
export const WORKER_TIERS = ['junior', 'middle', 'senior_a', 'senior_b'] as const;
export const WORKER_STATUSES = [
  'available',
  'booked',
  'on_placement',
  'resting',
  'left',
  'blacklisted',
] as const;
export const EMPLOYMENT_MODELS = ['employee', 'intermediary'] as const;
export const CERTIFICATE_KINDS = [
  'skill',
  'maternity',
  'health',
  'childcare',
  'elder_care',
  'other',
] as const;
export const TRAINING_KINDS = ['general', 'skill', 'pre_placement', 'safety'] as const;
export const INSURANCE_KINDS = ['accident', 'liability'] as const;
export const INCIDENT_KINDS = [
  'blacklist',
  'complaint',
  'no_show',
  'accident',
  'misconduct',
  'other',
] as const;
export const REWARD_KINDS = ['reward', 'penalty'] as const;

/** The company-managed list of skills (保洁, 做饭, 育儿 …). */
export const skills = pgTable(
  'skills',
  {
    companyId: companyId().references(() => companies.id),
    id: text('id').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    status: text('status', { enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    unique('skills_company_name_uq').on(t.companyId, t.name),
  ],
);

/** A worker's file (家政员档案). ID number and bank account are encrypted; `*_hash` are blind indexes. */
export const workers = pgTable(
  'workers',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    storeId: text('store_id').notNull(),
    teamId: text('team_id'),
    userId: text('user_id'), // her login, when she has one
    name: text('name').notNull(),
    gender: text('gender', { enum: ['female', 'male'] }).notNull(),
    birthDate: date('birth_date').notNull(),
    nativePlace: text('native_place').notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberHash: text('id_number_hash').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    phone: text('phone').notNull(),
    photoUrl: text('photo_url'),
    education: text('education', { enum: EDUCATION_LEVELS }).notNull(),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    cuisines: text('cuisines').array().notNull().default(sql`'{}'::text[]`),
    homeDistrict: text('home_district').notNull(),
    homeAddress: text('home_address'),
    homeLat: doublePrecision('home_lat'),
    homeLng: doublePrecision('home_lng'),
    employmentModel: text('employment_model', { enum: EMPLOYMENT_MODELS }).notNull(),
    emergencyName: text('emergency_name'),
    emergencyPhone: text('emergency_phone'),
    bankName: text('bank_name'),
    bankAccountEnc: text('bank_account_enc'),
    bankAccountMasked: text('bank_account_masked'),
    notes: text('notes'),
    tier: text('tier', { enum: WORKER_TIERS }),
    status: text('status', { enum: WORKER_STATUSES }).notNull().default('available'),
    statusReason: text('status_reason'),
    identityVerifiedAt: timestamp('identity_verified_at', { withTimezone: true }),
    identityVerifiedBy: text('identity_verified_by'),
    workDays: smallint('work_days').array().notNull().default(sql`'{1,2,3,4,5,6}'::smallint[]`),
    workStart: time('work_start').notNull().default('08:00'),
    workEnd: time('work_end').notNull().default('18:00'),
    // Trust inputs: derived from her records by `refreshTrustInputs` in the same transaction as
    // any change to them, so lists can filter by trust status and expiry in SQL.
    healthResult: text('health_result', { enum: ['pass', 'fail'] }),
    healthExpiresOn: date('health_expires_on'),
    backgroundResult: text('background_result', { enum: ['clear', 'record'] }),
    backgroundExpiresOn: date('background_expires_on'),
    insuranceEndsOn: date('insurance_ends_on'),
    certNextExpiry: date('cert_next_expiry'),
    openBlockingIncidents: integer('open_blocking_incidents').notNull().default(0),
    ratingAvg: doublePrecision('rating_avg'),
    ratingCount: integer('rating_count').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    foreignKey({ columns: [t.companyId, t.storeId], foreignColumns: [stores.companyId, stores.id] }),
    foreignKey({ columns: [t.companyId, t.teamId], foreignColumns: [teams.companyId, teams.id] }),
    foreignKey({ columns: [t.companyId, t.userId], foreignColumns: [users.companyId, users.id] }),
    uniqueIndex('workers_id_number_uq').on(t.companyId, t.idNumberHash),
    uniqueIndex('workers_phone_uq').on(t.companyId, t.phone),
    index('workers_store_status_idx').on(t.companyId, t.storeId, t.status, t.id),
    index('workers_status_tier_idx').on(t.companyId, t.status, t.tier, t.id),
    check('workers_gender_ck', inList('gender', ['female', 'male'])),
    check('workers_education_ck', inList('education', EDUCATION_LEVELS)),
    check('workers_tier_ck', sql`tier is null or ${inList('tier', WORKER_TIERS)}`),
    check('workers_status_ck', inList('status', WORKER_STATUSES)),
    check('workers_employment_ck', inList('employment_model', EMPLOYMENT_MODELS)),
    check('workers_hours_ck', sql`${t.workStart} < ${t.workEnd}`),
  ],
);

type Col = Parameters<typeof foreignKey>[0]['columns'][number];
/** Child rows of a worker: composite key to the worker, deleted with her (workers are never deleted). */
const workerChild = (t: { companyId: Col; workerId: Col }) =>
  foreignKey({
    columns: [t.companyId, t.workerId],
    foreignColumns: [workers.companyId, workers.id],
  }).onDelete('cascade');

export const workerSkills = pgTable(
  'worker_skills',
  {
    companyId: companyId(),
    workerId: text('worker_id').notNull(),
    skillId: text('skill_id').notNull(),
    level: smallint('level').notNull().default(1),
    verifiedBy: text('verified_by'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.workerId, t.skillId] }),
    workerChild(t),
    foreignKey({ columns: [t.companyId, t.skillId], foreignColumns: [skills.companyId, skills.id] }),
    index('worker_skills_skill_idx').on(t.companyId, t.skillId),
    check('worker_skills_level_ck', sql`${t.level} between 1 and 5`),
  ],
);

export const workerCertificates = pgTable(
  'worker_certificates',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    workerId: text('worker_id').notNull(),
    kind: text('kind', { enum: CERTIFICATE_KINDS }).notNull(),
    name: text('name').notNull(),
    number: text('number').notNull(),
    issuer: text('issuer').notNull(),
    issuedOn: date('issued_on').notNull(),
    expiresOn: date('expires_on'),
    scanUrl: text('scan_url'),
    verifiedBy: text('verified_by'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    workerChild(t),
    index('worker_certificates_worker_idx').on(t.companyId, t.workerId),
    index('worker_certificates_expiry_idx').on(t.companyId, t.expiresOn),
    check('worker_certificates_dates_ck', sql`${t.expiresOn} is null or ${t.expiresOn} >= ${t.issuedOn}`),
    check('worker_certificates_kind_ck', inList('kind', CERTIFICATE_KINDS)),
  ],
);

export const workerHealthChecks = pgTable(
  'worker_health_checks',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    workerId: text('worker_id').notNull(),
    checkedOn: date('checked_on').notNull(),
    expiresOn: date('expires_on').notNull(),
    result: text('result', { enum: ['pass', 'fail'] }).notNull(),
    institution: text('institution'),
    notes: text('notes'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    workerChild(t),
    index('worker_health_worker_idx').on(t.companyId, t.workerId, t.checkedOn),
    check('worker_health_dates_ck', sql`${t.expiresOn} >= ${t.checkedOn}`),
    check('worker_health_result_ck', inList('result', ['pass', 'fail'])),
  ],
);

export const workerBackgroundChecks = pgTable(
  'worker_background_checks',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    workerId: text('worker_id').notNull(),
    checkedOn: date('checked_on').notNull(),
    expiresOn: date('expires_on').notNull(),
    result: text('result', { enum: ['clear', 'record'] }).notNull(),
    notes: text('notes'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    workerChild(t),
    index('worker_background_worker_idx').on(t.companyId, t.workerId, t.checkedOn),
    check('worker_background_dates_ck', sql`${t.expiresOn} >= ${t.checkedOn}`),
    check('worker_background_result_ck', inList('result', ['clear', 'record'])),
  ],
);

export const workerInsurance = pgTable(
  'worker_insurance',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    workerId: text('worker_id').notNull(),
    kind: text('kind', { enum: INSURANCE_KINDS }).notNull(),
    insurer: text('insurer').notNull(),
    policyNumber: text('policy_number').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    workerChild(t),
    index('worker_insurance_worker_idx').on(t.companyId, t.workerId, t.endsOn),
    check('worker_insurance_dates_ck', sql`${t.endsOn} >= ${t.startsOn}`),
    check('worker_insurance_kind_ck', inList('kind', INSURANCE_KINDS)),
  ],
);

export const workerTrainings = pgTable(
  'worker_trainings',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    workerId: text('worker_id').notNull(),
    kind: text('kind', { enum: TRAINING_KINDS }).notNull(),
    course: text('course').notNull(),
    hours: doublePrecision('hours').notNull(),
    trainedOn: date('trained_on').notNull(),
    result: text('result', { enum: ['pass', 'fail'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    workerChild(t),
    index('worker_trainings_worker_idx').on(t.companyId, t.workerId, t.trainedOn),
    check('worker_trainings_hours_ck', sql`${t.hours} > 0 and ${t.hours} <= 1000`),
    check('worker_trainings_kind_ck', inList('kind', TRAINING_KINDS)),
  ],
);

/** Incidents (blacklisting, no-shows, accidents…). Kept for ever; a blocking one turns trust red. */
export const workerIncidents = pgTable(
  'worker_incidents',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    workerId: text('worker_id').notNull(),
    kind: text('kind', { enum: INCIDENT_KINDS }).notNull(),
    blocking: boolean('blocking').notNull().default(false),
    description: text('description').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    recordedBy: text('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    workerChild(t),
    index('worker_incidents_worker_idx').on(t.companyId, t.workerId),
    check('worker_incidents_kind_ck', inList('kind', INCIDENT_KINDS)),
  ],
);

/** Leave and rest days in her calendar (档期); bookings come with dispatch. */
export const workerLeaves = pgTable(
  'worker_leaves',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    workerId: text('worker_id').notNull(),
    kind: text('kind', { enum: ['leave', 'rest'] }).notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    reason: text('reason'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    workerChild(t),
    index('worker_leaves_worker_idx').on(t.companyId, t.workerId, t.startsOn),
    check('worker_leaves_dates_ck', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** Annual evaluations, awards (优秀家政员), rewards and penalties (R15). */
export const workerPerformance = pgTable(
  'worker_performance',
  {
    companyId: companyId(),
    id: text('id').notNull(),
    workerId: text('worker_id').notNull(),
    kind: text('kind', { enum: ['evaluation', 'award', 'reward', 'penalty'] }).notNull(),
    year: smallint('year'),
    score: smallint('score'),
    title: text('title').notNull(),
    amountFen: integer('amount_fen'),
    occurredOn: date('occurred_on').notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    workerChild(t),
    index('worker_performance_worker_idx').on(t.companyId, t.workerId, t.occurredOn),
    check('worker_performance_score_ck', sql`${t.score} is null or ${t.score} between 0 and 100`),
    check('worker_performance_amount_ck', sql`${t.amountFen} is null or ${t.amountFen} >= 0`),
  ],
);
