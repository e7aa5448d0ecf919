CREATE TABLE "assignments" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"order_id" text NOT NULL,
	"worker_id" text NOT NULL,
	"booking_id" text,
	"kind" text NOT NULL,
	"state" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"release_from" timestamp with time zone,
	"release_until" timestamp with time zone,
	"score" double precision,
	"score_parts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"offer_expires_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"decline_reason" text,
	"end_reason" text,
	"assigned_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignments_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "assignments_state_ck" CHECK (state in ('offered', 'active', 'declined', 'expired', 'cancelled', 'replaced', 'done')),
	CONSTRAINT "assignments_kind_ck" CHECK (kind in ('visit', 'placement')),
	CONSTRAINT "assignments_range_ck" CHECK ("assignments"."starts_at" < "assignments"."ends_at")
);
--> statement-breakpoint
CREATE TABLE "customer_blocked_workers" (
	"company_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"worker_id" text NOT NULL,
	"reason" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customer_blocked_workers_company_id_customer_id_worker_id_pk" PRIMARY KEY("company_id","customer_id","worker_id")
);
--> statement-breakpoint
CREATE TABLE "follow_up_tasks" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"order_id" text NOT NULL,
	"worker_id" text NOT NULL,
	"store_id" text,
	"assignee_user_id" text,
	"due_on" date NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"outcome" text,
	"done_at" timestamp with time zone,
	"done_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_up_tasks_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "follow_up_tasks_state_ck" CHECK (state in ('open', 'done', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"order_id" text NOT NULL,
	"worker_id" text NOT NULL,
	"booking_id" text,
	"mode" text NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"state" text DEFAULT 'scheduled' NOT NULL,
	"score" double precision,
	"score_parts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text,
	"decided_at" timestamp with time zone,
	"decided_by" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interviews_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "interviews_state_ck" CHECK (state in ('scheduled', 'chosen', 'declined', 'cancelled')),
	CONSTRAINT "interviews_mode_ck" CHECK (mode in ('store', 'video'))
);
--> statement-breakpoint
CREATE TABLE "replacements" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"order_id" text NOT NULL,
	"contract_id" text,
	"from_worker_id" text NOT NULL,
	"to_worker_id" text,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"counted" boolean NOT NULL,
	"override_by" text,
	"override_reason" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "replacements_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "replacements_kind_ck" CHECK (kind in ('customer_request', 'failed_trial', 'no_show', 'accident'))
);
--> statement-breakpoint
ALTER TABLE "service_types" ADD COLUMN "required_cert_kinds" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "dispatch_settings" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_company_id_order_id_orders_company_id_id_fk" FOREIGN KEY ("company_id","order_id") REFERENCES "public"."orders"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_company_id_worker_id_workers_company_id_id_fk" FOREIGN KEY ("company_id","worker_id") REFERENCES "public"."workers"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_company_id_booking_id_worker_bookings_company_id_id_fk" FOREIGN KEY ("company_id","booking_id") REFERENCES "public"."worker_bookings"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_blocked_workers" ADD CONSTRAINT "customer_blocked_workers_company_id_customer_id_customers_company_id_id_fk" FOREIGN KEY ("company_id","customer_id") REFERENCES "public"."customers"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_blocked_workers" ADD CONSTRAINT "customer_blocked_workers_company_id_worker_id_workers_company_id_id_fk" FOREIGN KEY ("company_id","worker_id") REFERENCES "public"."workers"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_company_id_order_id_orders_company_id_id_fk" FOREIGN KEY ("company_id","order_id") REFERENCES "public"."orders"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_company_id_assignee_user_id_users_company_id_id_fk" FOREIGN KEY ("company_id","assignee_user_id") REFERENCES "public"."users"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_company_id_order_id_orders_company_id_id_fk" FOREIGN KEY ("company_id","order_id") REFERENCES "public"."orders"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_company_id_worker_id_workers_company_id_id_fk" FOREIGN KEY ("company_id","worker_id") REFERENCES "public"."workers"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replacements" ADD CONSTRAINT "replacements_company_id_order_id_orders_company_id_id_fk" FOREIGN KEY ("company_id","order_id") REFERENCES "public"."orders"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replacements" ADD CONSTRAINT "replacements_company_id_contract_id_contracts_company_id_id_fk" FOREIGN KEY ("company_id","contract_id") REFERENCES "public"."contracts"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replacements" ADD CONSTRAINT "replacements_company_id_from_worker_id_workers_company_id_id_fk" FOREIGN KEY ("company_id","from_worker_id") REFERENCES "public"."workers"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_live_order_uq" ON "assignments" USING btree ("company_id","order_id") WHERE state in ('offered', 'active');--> statement-breakpoint
CREATE INDEX "assignments_worker_idx" ON "assignments" USING btree ("company_id","worker_id","starts_at");--> statement-breakpoint
CREATE INDEX "follow_up_tasks_open_idx" ON "follow_up_tasks" USING btree ("company_id","due_on") WHERE state = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "interviews_order_worker_uq" ON "interviews" USING btree ("company_id","order_id","worker_id") WHERE state <> 'cancelled';--> statement-breakpoint
CREATE INDEX "replacements_order_idx" ON "replacements" USING btree ("company_id","order_id","id");