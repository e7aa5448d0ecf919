CREATE TABLE "customer_addresses" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"customer_id" text NOT NULL,
	"label" text,
	"province" text NOT NULL,
	"city" text NOT NULL,
	"district" text NOT NULL,
	"community" text NOT NULL,
	"detail" text NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"access_notes" text,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customer_addresses_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "customer_merges" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"source_id" text NOT NULL,
	"target_id" text NOT NULL,
	"merged_by" text NOT NULL,
	"merged_at" timestamp with time zone NOT NULL,
	CONSTRAINT "customer_merges_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "customer_phones" (
	"company_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"phone" text NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customer_phones_company_id_customer_id_phone_pk" PRIMARY KEY("company_id","customer_id","phone")
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"user_id" text,
	"name" text NOT NULL,
	"id_number_enc" text,
	"id_number_hash" text,
	"id_number_masked" text,
	"source_channel" text NOT NULL,
	"household" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"preferences" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"blacklisted" boolean DEFAULT false NOT NULL,
	"blacklist_reason" text,
	"merged_into_id" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customers_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "skills" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"status" text DEFAULT 'active' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skills_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "skills_company_name_uq" UNIQUE("company_id","name")
);
--> statement-breakpoint
CREATE TABLE "worker_background_checks" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"worker_id" text NOT NULL,
	"checked_on" date NOT NULL,
	"expires_on" date NOT NULL,
	"result" text NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "worker_background_checks_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "worker_background_dates_ck" CHECK ("worker_background_checks"."expires_on" >= "worker_background_checks"."checked_on"),
	CONSTRAINT "worker_background_result_ck" CHECK (result in ('clear', 'record'))
);
--> statement-breakpoint
CREATE TABLE "worker_certificates" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"worker_id" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"number" text NOT NULL,
	"issuer" text NOT NULL,
	"issued_on" date NOT NULL,
	"expires_on" date,
	"scan_url" text,
	"verified_by" text,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "worker_certificates_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "worker_certificates_dates_ck" CHECK ("worker_certificates"."expires_on" is null or "worker_certificates"."expires_on" >= "worker_certificates"."issued_on"),
	CONSTRAINT "worker_certificates_kind_ck" CHECK (kind in ('skill', 'maternity', 'health', 'childcare', 'elder_care', 'other'))
);
--> statement-breakpoint
CREATE TABLE "worker_health_checks" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"worker_id" text NOT NULL,
	"checked_on" date NOT NULL,
	"expires_on" date NOT NULL,
	"result" text NOT NULL,
	"institution" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "worker_health_checks_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "worker_health_dates_ck" CHECK ("worker_health_checks"."expires_on" >= "worker_health_checks"."checked_on"),
	CONSTRAINT "worker_health_result_ck" CHECK (result in ('pass', 'fail'))
);
--> statement-breakpoint
CREATE TABLE "worker_incidents" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"worker_id" text NOT NULL,
	"kind" text NOT NULL,
	"blocking" boolean DEFAULT false NOT NULL,
	"description" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "worker_incidents_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "worker_incidents_kind_ck" CHECK (kind in ('blacklist', 'complaint', 'no_show', 'accident', 'misconduct', 'other'))
);
--> statement-breakpoint
CREATE TABLE "worker_insurance" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"worker_id" text NOT NULL,
	"kind" text NOT NULL,
	"insurer" text NOT NULL,
	"policy_number" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "worker_insurance_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "worker_insurance_dates_ck" CHECK ("worker_insurance"."ends_on" >= "worker_insurance"."starts_on"),
	CONSTRAINT "worker_insurance_kind_ck" CHECK (kind in ('accident', 'liability'))
);
--> statement-breakpoint
CREATE TABLE "worker_leaves" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"worker_id" text NOT NULL,
	"kind" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "worker_leaves_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "worker_leaves_dates_ck" CHECK ("worker_leaves"."ends_on" >= "worker_leaves"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "worker_performance" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"worker_id" text NOT NULL,
	"kind" text NOT NULL,
	"year" smallint,
	"score" smallint,
	"title" text NOT NULL,
	"amount_fen" integer,
	"occurred_on" date NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "worker_performance_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "worker_performance_score_ck" CHECK ("worker_performance"."score" is null or "worker_performance"."score" between 0 and 100),
	CONSTRAINT "worker_performance_amount_ck" CHECK ("worker_performance"."amount_fen" is null or "worker_performance"."amount_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "worker_skills" (
	"company_id" text NOT NULL,
	"worker_id" text NOT NULL,
	"skill_id" text NOT NULL,
	"level" smallint DEFAULT 1 NOT NULL,
	"verified_by" text,
	"verified_at" timestamp with time zone,
	CONSTRAINT "worker_skills_company_id_worker_id_skill_id_pk" PRIMARY KEY("company_id","worker_id","skill_id"),
	CONSTRAINT "worker_skills_level_ck" CHECK ("worker_skills"."level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "worker_trainings" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"worker_id" text NOT NULL,
	"kind" text NOT NULL,
	"course" text NOT NULL,
	"hours" double precision NOT NULL,
	"trained_on" date NOT NULL,
	"result" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "worker_trainings_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "worker_trainings_hours_ck" CHECK ("worker_trainings"."hours" > 0 and "worker_trainings"."hours" <= 1000),
	CONSTRAINT "worker_trainings_kind_ck" CHECK (kind in ('general', 'skill', 'pre_placement', 'safety'))
);
--> statement-breakpoint
CREATE TABLE "workers" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"store_id" text NOT NULL,
	"team_id" text,
	"user_id" text,
	"name" text NOT NULL,
	"gender" text NOT NULL,
	"birth_date" date NOT NULL,
	"native_place" text NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_hash" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"phone" text NOT NULL,
	"photo_url" text,
	"education" text NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"cuisines" text[] DEFAULT '{}'::text[] NOT NULL,
	"home_district" text NOT NULL,
	"home_address" text,
	"home_lat" double precision,
	"home_lng" double precision,
	"employment_model" text NOT NULL,
	"emergency_name" text,
	"emergency_phone" text,
	"bank_name" text,
	"bank_account_enc" text,
	"bank_account_masked" text,
	"notes" text,
	"tier" text,
	"status" text DEFAULT 'available' NOT NULL,
	"status_reason" text,
	"identity_verified_at" timestamp with time zone,
	"identity_verified_by" text,
	"work_days" smallint[] DEFAULT '{1,2,3,4,5,6}'::smallint[] NOT NULL,
	"work_start" time DEFAULT '08:00' NOT NULL,
	"work_end" time DEFAULT '18:00' NOT NULL,
	"health_result" text,
	"health_expires_on" date,
	"background_result" text,
	"background_expires_on" date,
	"insurance_ends_on" date,
	"cert_next_expiry" date,
	"open_blocking_incidents" integer DEFAULT 0 NOT NULL,
	"rating_avg" double precision,
	"rating_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workers_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "workers_gender_ck" CHECK (gender in ('female', 'male')),
	CONSTRAINT "workers_education_ck" CHECK (education in ('none', 'primary', 'junior', 'senior', 'college', 'bachelor')),
	CONSTRAINT "workers_tier_ck" CHECK (tier is null or tier in ('junior', 'middle', 'senior_a', 'senior_b')),
	CONSTRAINT "workers_status_ck" CHECK (status in ('available', 'booked', 'on_placement', 'resting', 'left', 'blacklisted')),
	CONSTRAINT "workers_employment_ck" CHECK (employment_model in ('employee', 'intermediary')),
	CONSTRAINT "workers_hours_ck" CHECK ("workers"."work_start" < "workers"."work_end")
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "public_board" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_addresses" ADD CONSTRAINT "customer_addresses_company_id_customer_id_customers_company_id_id_fk" FOREIGN KEY ("company_id","customer_id") REFERENCES "public"."customers"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_phones" ADD CONSTRAINT "customer_phones_company_id_customer_id_customers_company_id_id_fk" FOREIGN KEY ("company_id","customer_id") REFERENCES "public"."customers"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_company_id_user_id_users_company_id_id_fk" FOREIGN KEY ("company_id","user_id") REFERENCES "public"."users"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skills" ADD CONSTRAINT "skills_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_background_checks" ADD CONSTRAINT "worker_background_checks_company_id_worker_id_workers_company_id_id_fk" FOREIGN KEY ("company_id","worker_id") REFERENCES "public"."workers"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_certificates" ADD CONSTRAINT "worker_certificates_company_id_worker_id_workers_company_id_id_fk" FOREIGN KEY ("company_id","worker_id") REFERENCES "public"."workers"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_health_checks" ADD CONSTRAINT "worker_health_checks_company_id_worker_id_workers_company_id_id_fk" FOREIGN KEY ("company_id","worker_id") REFERENCES "public"."workers"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_incidents" ADD CONSTRAINT "worker_incidents_company_id_worker_id_workers_company_id_id_fk" FOREIGN KEY ("company_id","worker_id") REFERENCES "public"."workers"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_insurance" ADD CONSTRAINT "worker_insurance_company_id_worker_id_workers_company_id_id_fk" FOREIGN KEY ("company_id","worker_id") REFERENCES "public"."workers"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_leaves" ADD CONSTRAINT "worker_leaves_company_id_worker_id_workers_company_id_id_fk" FOREIGN KEY ("company_id","worker_id") REFERENCES "public"."workers"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_performance" ADD CONSTRAINT "worker_performance_company_id_worker_id_workers_company_id_id_fk" FOREIGN KEY ("company_id","worker_id") REFERENCES "public"."workers"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_skills" ADD CONSTRAINT "worker_skills_company_id_worker_id_workers_company_id_id_fk" FOREIGN KEY ("company_id","worker_id") REFERENCES "public"."workers"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_skills" ADD CONSTRAINT "worker_skills_company_id_skill_id_skills_company_id_id_fk" FOREIGN KEY ("company_id","skill_id") REFERENCES "public"."skills"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_trainings" ADD CONSTRAINT "worker_trainings_company_id_worker_id_workers_company_id_id_fk" FOREIGN KEY ("company_id","worker_id") REFERENCES "public"."workers"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workers" ADD CONSTRAINT "workers_company_id_store_id_stores_company_id_id_fk" FOREIGN KEY ("company_id","store_id") REFERENCES "public"."stores"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workers" ADD CONSTRAINT "workers_company_id_team_id_teams_company_id_id_fk" FOREIGN KEY ("company_id","team_id") REFERENCES "public"."teams"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workers" ADD CONSTRAINT "workers_company_id_user_id_users_company_id_id_fk" FOREIGN KEY ("company_id","user_id") REFERENCES "public"."users"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customer_addresses_customer_idx" ON "customer_addresses" USING btree ("company_id","customer_id");--> statement-breakpoint
CREATE INDEX "customer_phones_phone_idx" ON "customer_phones" USING btree ("company_id","phone");--> statement-breakpoint
CREATE INDEX "customers_name_idx" ON "customers" USING btree ("company_id","name");--> statement-breakpoint
CREATE INDEX "customers_live_idx" ON "customers" USING btree ("company_id","id") WHERE merged_into_id is null;--> statement-breakpoint
CREATE INDEX "worker_background_worker_idx" ON "worker_background_checks" USING btree ("company_id","worker_id","checked_on");--> statement-breakpoint
CREATE INDEX "worker_certificates_worker_idx" ON "worker_certificates" USING btree ("company_id","worker_id");--> statement-breakpoint
CREATE INDEX "worker_certificates_expiry_idx" ON "worker_certificates" USING btree ("company_id","expires_on");--> statement-breakpoint
CREATE INDEX "worker_health_worker_idx" ON "worker_health_checks" USING btree ("company_id","worker_id","checked_on");--> statement-breakpoint
CREATE INDEX "worker_incidents_worker_idx" ON "worker_incidents" USING btree ("company_id","worker_id");--> statement-breakpoint
CREATE INDEX "worker_insurance_worker_idx" ON "worker_insurance" USING btree ("company_id","worker_id","ends_on");--> statement-breakpoint
CREATE INDEX "worker_leaves_worker_idx" ON "worker_leaves" USING btree ("company_id","worker_id","starts_on");--> statement-breakpoint
CREATE INDEX "worker_performance_worker_idx" ON "worker_performance" USING btree ("company_id","worker_id","occurred_on");--> statement-breakpoint
CREATE INDEX "worker_skills_skill_idx" ON "worker_skills" USING btree ("company_id","skill_id");--> statement-breakpoint
CREATE INDEX "worker_trainings_worker_idx" ON "worker_trainings" USING btree ("company_id","worker_id","trained_on");--> statement-breakpoint
CREATE UNIQUE INDEX "workers_id_number_uq" ON "workers" USING btree ("company_id","id_number_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "workers_phone_uq" ON "workers" USING btree ("company_id","phone");--> statement-breakpoint
CREATE INDEX "workers_store_status_idx" ON "workers" USING btree ("company_id","store_id","status","id");--> statement-breakpoint
CREATE INDEX "workers_status_tier_idx" ON "workers" USING btree ("company_id","status","tier","id");