import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { type DbHandle, openDb } from '../../src/db/client.ts';

/**
 * The database of one test file: a private PGlite copied from the migrated template, or the run's
 * PostgreSQL database (shared by the files of the run; factories give each test its own company).
 */
export async function openTestDb(): Promise<DbHandle> {
  const t = inject('testDb');
  if (t.driver === 'pg') return openDb({ databaseUrl: t.url, poolSize: 10 });
  return openDb({ loadDataDir: new Blob([readFileSync(t.dumpPath)]) });
}

export const testDriver = () => inject('testDb').driver;
