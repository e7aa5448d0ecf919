-- Worker search at 100k files (npm run bench workers): sorting by rating or name, and substring
-- search on name and phone, scanned the whole table. Drizzle has no builder for expression
-- indexes with a sort order or for trigram operator classes, hence this hand-written migration.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "workers_rating_idx" ON "workers" ("company_id", (coalesce("rating_avg", -1)) DESC, "id" DESC);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "workers_name_idx" ON "workers" ("company_id", "name", "id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "workers_name_trgm_idx" ON "workers" USING gin ("name" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "workers_phone_trgm_idx" ON "workers" USING gin ("phone" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "customers_name_trgm_idx" ON "customers" USING gin ("name" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "customer_phones_phone_trgm_idx" ON "customer_phones" USING gin ("phone" gin_trgm_ops);
