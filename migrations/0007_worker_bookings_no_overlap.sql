-- No worker is ever double-booked (R17), enforced by the database under any concurrency: two
-- active bookings of the same worker may not overlap in time. Half-open ranges [start, end), so a
-- job may start the minute the previous one ends. btree_gist lets GiST compare the text columns.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "worker_bookings" ADD CONSTRAINT "worker_bookings_no_overlap" EXCLUDE USING gist (
  "company_id" WITH =,
  "worker_id" WITH =,
  tstzrange("starts_at", "ends_at", '[)') WITH &&
) WHERE ("state" = 'active');
