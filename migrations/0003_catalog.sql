CREATE TABLE "price_list_versions" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"service_type_id" text NOT NULL,
	"version" integer NOT NULL,
	"effective_from" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"contents" jsonb NOT NULL,
	"created_by" text,
	"published_at" timestamp with time zone,
	"published_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "price_list_versions_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "price_list_versions_version_uq" UNIQUE("company_id","service_type_id","version"),
	CONSTRAINT "price_list_versions_version_ck" CHECK (version > 0),
	CONSTRAINT "price_list_versions_status_ck" CHECK (status in ('draft', 'published')),
	CONSTRAINT "price_list_versions_published_ck" CHECK ((status = 'published') = (published_at is not null))
);
--> statement-breakpoint
CREATE TABLE "service_types" (
	"company_id" text NOT NULL,
	"id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"mode" text NOT NULL,
	"unit" text NOT NULL,
	"required_skill_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"min_tier" text,
	"default_duration" integer NOT NULL,
	"checklist_template_ref" text,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_types_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "service_types_company_code_uq" UNIQUE("company_id","code"),
	CONSTRAINT "service_types_mode_ck" CHECK (mode in ('visit', 'placement')),
	CONSTRAINT "service_types_unit_ck" CHECK ((mode = 'visit' and unit in ('hour', 'm2', 'item')) or (mode = 'placement' and unit in ('month', 'cycle26'))),
	CONSTRAINT "service_types_min_tier_ck" CHECK (min_tier is null or min_tier in ('junior', 'middle', 'senior_a', 'senior_b')),
	CONSTRAINT "service_types_status_ck" CHECK (status in ('active', 'disabled')),
	CONSTRAINT "service_types_duration_ck" CHECK (default_duration > 0)
);
--> statement-breakpoint
ALTER TABLE "price_list_versions" ADD CONSTRAINT "price_list_versions_company_id_service_type_id_service_types_company_id_id_fk" FOREIGN KEY ("company_id","service_type_id") REFERENCES "public"."service_types"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_list_versions" ADD CONSTRAINT "price_list_versions_company_id_created_by_users_company_id_id_fk" FOREIGN KEY ("company_id","created_by") REFERENCES "public"."users"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_list_versions" ADD CONSTRAINT "price_list_versions_company_id_published_by_users_company_id_id_fk" FOREIGN KEY ("company_id","published_by") REFERENCES "public"."users"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_types" ADD CONSTRAINT "service_types_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;