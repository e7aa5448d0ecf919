import path from 'node:path';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { DbHandle } from './client.ts';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../migrations');
/** Arbitrary constant: every Anjia process takes this advisory lock before migrating. */
const MIGRATION_LOCK = 7_240_611;

/** Applies pending migrations; two processes starting at once take turns on an advisory lock. */
export async function migrateDb(handle: DbHandle): Promise<void> {
  await handle.withAdvisoryLock(MIGRATION_LOCK, async (db) => {
    const config = { migrationsFolder: MIGRATIONS_DIR };
    if (handle.driver === 'pg') await migratePg(db as never, config);
    else await migratePglite(db as never, config);
  });
}
