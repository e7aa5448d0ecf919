import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The one database type every repository takes: a PGlite or node-postgres database, or a transaction of either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DbHandle = {
  db: Db;
  driver: 'pglite' | 'pg';
  /** Runs `fn` holding a session-level advisory lock (a no-op lock on PGlite, which has one connection). */
  withAdvisoryLock<T>(lockKey: number, fn: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export type DbOptions = {
  databaseUrl?: string;
  /** PGlite data folder; 'memory://' for an in-memory database. */
  dataDir?: string;
  /** PGlite only: start from a dump made by `dumpDataDir` (fast test databases). */
  loadDataDir?: Blob;
  poolSize?: number;
};

export async function openDb(opts: DbOptions): Promise<DbHandle> {
  if (opts.databaseUrl) return openPg(opts.databaseUrl, opts.poolSize ?? 10);
  return openPglite(opts.dataDir ?? 'memory://', opts.loadDataDir);
}

async function openPg(url: string, max: number): Promise<DbHandle> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client that errors (server restart) must not crash the process.
  pool.on('error', () => {});
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    driver: 'pg',
    async withAdvisoryLock(lockKey, fn) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [lockKey]);
        try {
          return await fn(drizzlePg(client, { schema }) as unknown as Db);
        } finally {
          await client.query('select pg_advisory_unlock($1)', [lockKey]);
        }
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<DbHandle> {
  // Extensions must be given to PGlite's constructor; migrations then CREATE EXTENSION them.
  const extensions = { pg_trgm, btree_gist };
  const client = await PGlite.create(dataDir, loadDataDir ? { loadDataDir, extensions } : { extensions });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    withAdvisoryLock: (_key, fn) => fn(db),
    close: () => client.close(),
  };
}

export { schema };
