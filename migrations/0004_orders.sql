CREATE TABLE "assessments" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"order_id" text NOT NULL,
	"assessor_user_id" text NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone,
	"area_m2" double precision,
	"rooms" integer,
	"members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"habits" text,
	"requirements" text,
	"photos" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "callbacks" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"order_id" text NOT NULL,
	"owner_user_id" text NOT NULL,
	"due_on" date NOT NULL,
	"reason" text NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"outcome" text,
	"done_at" timestamp with time zone,
	"done_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "callbacks_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "callbacks_state_ck" CHECK (state in ('open', 'done', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "contract_signatures" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"contract_id" text NOT NULL,
	"party" text NOT NULL,
	"signer_name" text NOT NULL,
	"signer_user_id" text,
	"signature_png" text,
	"signed_sha256" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text,
	CONSTRAINT "contract_signatures_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "contract_signatures_party_ck" CHECK (party in ('customer', 'company', 'worker'))
);
--> statement-breakpoint
CREATE TABLE "contracts" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"order_id" text NOT NULL,
	"quote_id" text NOT NULL,
	"number" text NOT NULL,
	"version" integer NOT NULL,
	"previous_id" text,
	"kind" text NOT NULL,
	"employment_model" text,
	"terms" jsonb NOT NULL,
	"text_sha256" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contracts_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "contracts_number_version_uq" UNIQUE("company_id","number","version"),
	CONSTRAINT "contracts_state_ck" CHECK (state in ('draft', 'customer_signed', 'signed', 'superseded'))
);
--> statement-breakpoint
CREATE TABLE "order_events" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"order_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" text,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "order_events_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"customer_id" text NOT NULL,
	"service_type_id" text NOT NULL,
	"mode" text NOT NULL,
	"status" text DEFAULT 'inquiry' NOT NULL,
	"channel" text NOT NULL,
	"owner_agent_id" text NOT NULL,
	"store_id" text,
	"routing" text DEFAULT 'unrouted' NOT NULL,
	"urgent" boolean DEFAULT false NOT NULL,
	"referred_by" text,
	"window_start" timestamp with time zone,
	"window_end" timestamp with time zone,
	"start_date" date,
	"address_id" text,
	"district" text,
	"community" text,
	"quantity" double precision,
	"household" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"preferences" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"notes" text,
	"cancel_reason" text,
	"cancel_fee_fen" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orders_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "orders_status_ck" CHECK (status in ('inquiry', 'confirmed', 'assessment', 'quoted', 'contracted', 'dispatched', 'interview', 'trial', 'in_service', 'completed', 'rework', 'accepted', 'settled', 'followed_up', 'closed', 'cancelled', 'terminated')),
	CONSTRAINT "orders_mode_ck" CHECK (mode in ('visit', 'placement')),
	CONSTRAINT "orders_channel_ck" CHECK (channel in ('phone', 'walk_in', 'online', 'referral', 'call_center')),
	CONSTRAINT "orders_routing_ck" CHECK (routing in ('unrouted', 'pending', 'accepted', 'clarifying', 'offered')),
	CONSTRAINT "orders_window_ck" CHECK ("orders"."window_end" is null or "orders"."window_start" < "orders"."window_end"),
	CONSTRAINT "orders_cancel_fee_ck" CHECK ("orders"."cancel_fee_fen" is null or "orders"."cancel_fee_fen" >= 0),
	CONSTRAINT "orders_routed_ck" CHECK (routing = 'unrouted' or routing = 'offered' or store_id is not null)
);
--> statement-breakpoint
CREATE TABLE "quotes" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"order_id" text NOT NULL,
	"version" integer NOT NULL,
	"price_list_version_id" text NOT NULL,
	"params" jsonb NOT NULL,
	"lines" jsonb NOT NULL,
	"total_fen" integer NOT NULL,
	"monthly_total_fen" integer,
	"first_payment_fen" integer,
	"valid_until" date NOT NULL,
	"state" text DEFAULT 'issued' NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_via" text,
	"decision_note" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quotes_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "quotes_order_version_uq" UNIQUE("company_id","order_id","version"),
	CONSTRAINT "quotes_state_ck" CHECK (state in ('issued', 'accepted', 'rejected', 'superseded')),
	CONSTRAINT "quotes_total_ck" CHECK ("quotes"."total_fen" >= 0)
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_company_id_order_id_orders_company_id_id_fk" FOREIGN KEY ("company_id","order_id") REFERENCES "public"."orders"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "callbacks" ADD CONSTRAINT "callbacks_company_id_order_id_orders_company_id_id_fk" FOREIGN KEY ("company_id","order_id") REFERENCES "public"."orders"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "callbacks" ADD CONSTRAINT "callbacks_company_id_owner_user_id_users_company_id_id_fk" FOREIGN KEY ("company_id","owner_user_id") REFERENCES "public"."users"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_signatures" ADD CONSTRAINT "contract_signatures_company_id_contract_id_contracts_company_id_id_fk" FOREIGN KEY ("company_id","contract_id") REFERENCES "public"."contracts"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_company_id_order_id_orders_company_id_id_fk" FOREIGN KEY ("company_id","order_id") REFERENCES "public"."orders"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_company_id_quote_id_quotes_company_id_id_fk" FOREIGN KEY ("company_id","quote_id") REFERENCES "public"."quotes"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_events" ADD CONSTRAINT "order_events_company_id_order_id_orders_company_id_id_fk" FOREIGN KEY ("company_id","order_id") REFERENCES "public"."orders"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_company_id_customer_id_customers_company_id_id_fk" FOREIGN KEY ("company_id","customer_id") REFERENCES "public"."customers"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_company_id_service_type_id_service_types_company_id_id_fk" FOREIGN KEY ("company_id","service_type_id") REFERENCES "public"."service_types"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_company_id_owner_agent_id_users_company_id_id_fk" FOREIGN KEY ("company_id","owner_agent_id") REFERENCES "public"."users"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_company_id_store_id_stores_company_id_id_fk" FOREIGN KEY ("company_id","store_id") REFERENCES "public"."stores"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_company_id_address_id_customer_addresses_company_id_id_fk" FOREIGN KEY ("company_id","address_id") REFERENCES "public"."customer_addresses"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_company_id_order_id_orders_company_id_id_fk" FOREIGN KEY ("company_id","order_id") REFERENCES "public"."orders"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_company_id_price_list_version_id_price_list_versions_company_id_id_fk" FOREIGN KEY ("company_id","price_list_version_id") REFERENCES "public"."price_list_versions"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_order_idx" ON "assessments" USING btree ("company_id","order_id");--> statement-breakpoint
CREATE INDEX "callbacks_owner_due_idx" ON "callbacks" USING btree ("company_id","owner_user_id","due_on") WHERE state = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "contract_signatures_party_uq" ON "contract_signatures" USING btree ("company_id","contract_id","party");--> statement-breakpoint
CREATE INDEX "order_events_order_idx" ON "order_events" USING btree ("company_id","order_id","id");--> statement-breakpoint
CREATE INDEX "orders_store_status_idx" ON "orders" USING btree ("company_id","store_id","status","id");--> statement-breakpoint
CREATE INDEX "orders_status_idx" ON "orders" USING btree ("company_id","status","id");--> statement-breakpoint
CREATE INDEX "orders_customer_idx" ON "orders" USING btree ("company_id","customer_id","id");--> statement-breakpoint
CREATE INDEX "orders_agent_idx" ON "orders" USING btree ("company_id","owner_agent_id","id");--> statement-breakpoint
CREATE INDEX "orders_routing_idx" ON "orders" USING btree ("company_id","routing","id") WHERE routing in ('pending', 'offered', 'clarifying');