/**
 * Worker search at scale: on PGlite (in memory) and on PostgreSQL (a throwaway database), migrate,
 * seed one company with 100,000 workers and 200,000 customers (seed-people.ts), then time the
 * `listWorkers` use case — called directly with an admin's Ctx, so the figures are the query, the
 * skills of the page and the list view, without HTTP — for realistic filter combinations, 100
 * times each (first page, 20 rows). Baseline from the same run: `findWorker`, one primary-key
 * lookup of a random worker. A combination whose p99 is over 100 ms gets its EXPLAIN ANALYZE.
 *   npm run bench workers [-- --driver pglite|pg|both --reps 100 --workers 100000 --customers 200000 --explain --try-indexes]
 * `--try-indexes` (PostgreSQL): after the run, create the candidate indexes in the throwaway database
 * and measure again.
 */
import { parseArgs } from 'node:util';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type pg from 'pg';
import { type Db, type DbHandle, openDb, schema } from '../../src/db/client.ts';
import { migrateDb } from '../../src/db/migrate.ts';
import { listWorkers } from '../../src/modules/workers/list-workers.ts';
import { findWorker } from '../../src/modules/workers/worker.repository.ts';
import { systemClock } from '../../src/platform/clock.ts';
import type { Ctx } from '../../src/platform/context.ts';
import { benchServer, fmt, stats, throwawayDatabase } from './lib.ts';
import { seedPeople } from './seed-people.ts';

const { values } = parseArgs({
  options: {
    driver: { type: 'string', default: 'both' },
    reps: { type: 'string', default: '100' },
    workers: { type: 'string', default: '100000' },
    customers: { type: 'string', default: '200000' },
    explain: { type: 'boolean', default: false },
    'try-indexes': { type: 'boolean', default: false },
  },
});
const REPS = Number(values.reps);
const SLOW_MS = 100;

type Query = Parameters<typeof listWorkers>[1];
type Combo = { name: string; q: Omit<Query, 'sort' | 'limit'> & { sort?: Query['sort'] } };

/** padEnd by display width: a Chinese character takes two columns. */
const pad = (s: string, n: number) =>
  s + ' '.repeat(Math.max(0, n - [...s].reduce((w, ch) => w + (ch > '\u2e80' ? 2 : 1), 0)));

async function time(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

/** The same database through a Drizzle instance that remembers the last SQL it sent. */
function recording(handle: DbHandle) {
  const seen: { sql: string; params: unknown[] }[] = [];
  const logger = { logQuery: (q: string, params: unknown[]) => void seen.push({ sql: q, params }) };
  const client = (handle.db as unknown as { $client: pg.Pool | PGlite }).$client;
  const db = (handle.driver === 'pg'
    ? drizzlePg(client as pg.Pool, { schema, logger })
    : drizzlePglite(client as PGlite, { schema, logger })) as unknown as Db;
  const explain = async (text: string, params: unknown[]) => {
    const sql = `explain (analyze, buffers) ${text}`;
    const res = await (client as { query: (q: string, p: unknown[]) => Promise<{ rows: unknown[] }> }).query(
      sql,
      params,
    );
    return (res.rows as Record<string, string>[]).map((r) => Object.values(r)[0]).join('\n');
  };
  return { db, seen, explain };
}

type Result = { c: Combo; rows: number; s: ReturnType<typeof stats>; ms: number[] };

async function measure(combos: Combo[], run: (c: Combo) => Promise<{ items: unknown[] }>) {
  const results: Result[] = [];
  for (const c of combos) {
    const rows = (await run(c)).items.length;
    await time(3, () => run(c));
    const ms = await time(REPS, () => run(c));
    results.push({ c, rows, s: stats(ms), ms });
  }
  return results;
}

function printTable(title: string, results: Result[], base: ReturnType<typeof stats>) {
  console.log(title);
  console.log(`  ${pad('combination', 42)} rows      p50      p99  p50÷base`);
  console.log(
    `  ${pad('baseline: findWorker (primary key)', 42)}    ${fmt(base.p50)} ${fmt(base.p99)}     1.0×`,
  );
  for (const { c, rows, s } of results) {
    const flag = s.p99 > SLOW_MS ? '  ← slow' : '';
    const ratio = (s.p50 / base.p50).toFixed(1).padStart(7);
    console.log(
      `  ${pad(c.name, 42)} ${String(rows).padStart(4)} ${fmt(s.p50)} ${fmt(s.p99)} ${ratio}×${flag}`,
    );
  }
  const o = stats(results.flatMap((r) => r.ms));
  console.log(
    `  ${pad('overall', 42)}      ${fmt(o.p50)} ${fmt(o.p99)} ${(o.p50 / base.p50).toFixed(1).padStart(7)}×`,
  );
}

/** What EXPLAIN suggests for the slow combinations (see the report); `--try-indexes` measures them. */
const CANDIDATE_INDEXES = [
  'create index try_workers_rating_idx on workers (company_id, (coalesce(rating_avg, -1)) desc, id desc)',
  'create index try_workers_name_idx on workers (company_id, name, id)',
  'create extension if not exists pg_trgm',
  'create index try_workers_name_trgm_idx on workers using gin (name gin_trgm_ops)',
  'create index try_workers_phone_trgm_idx on workers using gin (phone gin_trgm_ops)',
];

async function benchDriver(driver: 'pglite' | 'pg') {
  const tmp = driver === 'pg' ? await throwawayDatabase(benchServer(), 'anjia_bench_workers') : null;
  const handle = await openDb(tmp ? { databaseUrl: tmp.url, poolSize: 4 } : { dataDir: 'memory://' });
  try {
    let t = performance.now();
    await migrateDb(handle);
    const migrateS = (performance.now() - t) / 1000;
    t = performance.now();
    const seed = await seedPeople(handle.db, {
      workers: Number(values.workers),
      customers: Number(values.customers),
      stores: 7,
    });
    const seedS = (performance.now() - t) / 1000;
    console.log(`\n[${driver}] migrate ${migrateS.toFixed(2)} s; seed ${seedS.toFixed(2)} s in all:`);
    console.log(
      `  ${Object.entries(seed.times)
        .map(([k, v]) => `${k} ${v.toFixed(2)} s`)
        .join(', ')}`,
    );
    console.log(
      `  ${values.workers} workers (${seed.workerSkills} skill rows) in ${seed.storeIds.length} stores, trust ${JSON.stringify(seed.trust)}; ${values.customers} customers, ${seed.customerPhones} phones, ${values.customers} addresses`,
    );

    const ctx: Ctx = { db: handle.db, clock: systemClock, actor: seed.admin, requestId: 'bench', ip: null };
    const skill = (name: string) => seed.skills.get(name)!;
    const store = seed.storeIds[1]!; // the second-largest store
    const anyPhone = (await listWorkers(ctx, { sort: 'name', limit: 1 })).items[0]!;
    const fullPhone = (await findWorker(handle.db, seed.companyId, anyPhone.id))!.phone;
    const combos: Combo[] = [
      { name: 'newest, no filter', q: {} },
      { name: 'status=available & tier=middle', q: { status: 'available', tier: 'middle' } },
      { name: 'skill=育儿', q: { skillId: skill('育儿') } },
      {
        name: 'available & tier=senior_a & skill=月嫂',
        q: { status: 'available', tier: 'senior_a', skillId: skill('月嫂/母婴护理') },
      },
      { name: 'trust=green', q: { trust: 'green' } },
      { name: 'expiring in 30 days', q: { expiring: '1' } },
      { name: 'q=王秀 (name)', q: { q: '王秀' } },
      { name: 'q=<full phone> (1 match)', q: { q: fullPhone } },
      { name: 'sort=rating', q: { sort: 'rating' } },
      { name: 'sort=name', q: { sort: 'name' } },
      { name: 'store & available', q: { storeId: store, status: 'available' } },
      { name: 'store & trust=green & sort=rating', q: { storeId: store, trust: 'green', sort: 'rating' } },
      {
        name: 'available & green & skill=做饭 & rating',
        q: { status: 'available', trust: 'green', skillId: skill('做饭'), sort: 'rating' },
      },
    ];
    const run = (c: Combo, db: Db = handle.db) =>
      listWorkers({ ...ctx, db }, { sort: 'newest', ...c.q, limit: 20 } as Query);
    const page1 = await run({ name: '', q: { sort: 'rating' } });
    combos.push({ name: 'sort=rating, 2nd page (cursor)', q: { sort: 'rating', cursor: page1.nextCursor! } });

    // Baseline: a primary-key lookup of a random worker.
    const ids = (await listWorkers(ctx, { sort: 'newest', limit: 100 })).items.map((w) => w.id);
    await time(50, (i) => findWorker(handle.db, seed.companyId, ids[i % ids.length]!));
    const base = stats(
      await time(REPS * 5, (i) => findWorker(handle.db, seed.companyId, ids[i % ids.length]!)),
    );
    const results = await measure(combos, run);
    printTable(`[${driver}] listWorkers use case, first page of 20, ${REPS} runs each (ms)`, results, base);

    const rec = recording(handle);
    const explain = async (c: Combo, title: string) => {
      rec.seen.length = 0;
      await run(c, rec.db);
      const q = rec.seen.find((x) => x.sql.includes('from "workers"'))!;
      console.log(`\n${title}`);
      console.log(
        (await rec.explain(q.sql, q.params))
          .split('\n')
          .map((l) => `    ${l}`)
          .join('\n'),
      );
    };
    const slow = results.filter((r) => r.s.p99 > SLOW_MS).map((r) => r.c);
    for (const { c, s } of results) {
      if (!values.explain && !(driver === 'pg' && s.p99 > SLOW_MS)) continue;
      await explain(c, `[${driver}] EXPLAIN ANALYZE — ${c.name} (p99 ${s.p99.toFixed(1)} ms)`);
    }

    if (values['try-indexes'] && driver === 'pg') {
      // The indexes this benchmark suggests, tried in the throwaway database only.
      t = performance.now();
      for (const ddl of CANDIDATE_INDEXES) await handle.db.execute(sql.raw(ddl));
      await handle.db.execute(sql`analyze workers`);
      console.log(`\n[pg] candidate indexes created in ${((performance.now() - t) / 1000).toFixed(2)} s:`);
      for (const ddl of CANDIDATE_INDEXES) console.log(`    ${ddl}`);
      printTable('[pg] the same, with the candidate indexes (ms)', await measure(combos, run), base);
      for (const c of values.explain ? combos : slow)
        await explain(c, `[pg] EXPLAIN ANALYZE with candidate indexes — ${c.name}`);
    }
  } finally {
    await handle.close();
    await tmp?.drop();
  }
}

const drivers: ('pglite' | 'pg')[] =
  values.driver === 'both' ? ['pglite', 'pg'] : [values.driver as 'pglite' | 'pg'];
const t0 = performance.now();
console.log(`worker search, ${values.workers} workers / ${values.customers} customers per driver`);
for (const d of drivers) await benchDriver(d);
console.log(`\ntotal ${((performance.now() - t0) / 1000).toFixed(0)} s`);
