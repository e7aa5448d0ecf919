import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { loginThrottle } from '../db/schema/platform.ts';

export type ThrottlePolicy = { maxFailures: number; lockMinutes: number };

export const throttleKeys = (username: string, ip: string | null) => ({
  user: `user:${username.trim().toLowerCase()}`,
  ip: `ip:${ip ?? 'unknown'}`,
});

/** The latest `locked_until` among the keys still in the future, or null. */
export async function lockedUntil(db: Db, keys: string[], now: Date): Promise<Date | null> {
  const rows = await db
    .select({ lockedUntil: loginThrottle.lockedUntil })
    .from(loginThrottle)
    .where(inArray(loginThrottle.key, keys));
  let latest: Date | null = null;
  for (const r of rows)
    if (r.lockedUntil && r.lockedUntil > now && (!latest || r.lockedUntil > latest)) latest = r.lockedUntil;
  return latest;
}

/**
 * Counts one failure for `key` in one atomic upsert. Failures older than the lock window start a
 * new count; reaching `maxFailures` locks the key for `lockMinutes`. Returns the count.
 */
export async function recordFailure(db: Db, key: string, policy: ThrottlePolicy, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - policy.lockMinutes * 60_000);
  const lockUntil = new Date(now.getTime() + policy.lockMinutes * 60_000);
  const fresh = sql`${loginThrottle.firstFailureAt} < ${windowStart.toISOString()}::timestamptz`;
  const next = sql`case when ${fresh} then 1 else ${loginThrottle.failures} + 1 end`;
  const [row] = await db
    .insert(loginThrottle)
    .values({
      key,
      failures: 1,
      firstFailureAt: now,
      lockedUntil: policy.maxFailures <= 1 ? lockUntil : null,
    })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: next,
        firstFailureAt: sql`case when ${fresh} then ${now.toISOString()}::timestamptz else ${loginThrottle.firstFailureAt} end`,
        lockedUntil: sql`case when ${next} >= ${policy.maxFailures} then ${lockUntil.toISOString()}::timestamptz else ${loginThrottle.lockedUntil} end`,
      },
    })
    .returning({ failures: loginThrottle.failures });
  return row?.failures ?? 1;
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(loginThrottle).where(inArray(loginThrottle.key, [key]));
}
