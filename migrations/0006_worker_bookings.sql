CREATE TABLE "worker_bookings" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"worker_id" text NOT NULL,
	"order_id" text,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"state" text DEFAULT 'active' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "worker_bookings_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "worker_bookings_range_ck" CHECK ("worker_bookings"."starts_at" < "worker_bookings"."ends_at"),
	CONSTRAINT "worker_bookings_kind_ck" CHECK (kind in ('visit', 'placement', 'interview')),
	CONSTRAINT "worker_bookings_state_ck" CHECK (state in ('active', 'cancelled'))
);
--> statement-breakpoint
ALTER TABLE "worker_bookings" ADD CONSTRAINT "worker_bookings_company_id_worker_id_workers_company_id_id_fk" FOREIGN KEY ("company_id","worker_id") REFERENCES "public"."workers"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_bookings" ADD CONSTRAINT "worker_bookings_company_id_order_id_orders_company_id_id_fk" FOREIGN KEY ("company_id","order_id") REFERENCES "public"."orders"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "worker_bookings_worker_idx" ON "worker_bookings" USING btree ("company_id","worker_id","starts_at");