/**
 * Orders at scale.
 * 1. Creation throughput: the real app (buildApp) listening on loopback with the demo data, logged in
 *    as `agent`; 4 concurrent keep-alive clients POST /api/v1/orders (phone orders of demo customers
 *    for 日常保洁, window tomorrow 10:00–13:00 Shanghai) for `--seconds`. Baseline from the same run:
 *    4 clients on GET /healthz for as long. Load and server share this one Node process (as in
 *    login.ts), so the figures include the clients' own cost. On PGlite (in memory) and PostgreSQL
 *    (a throwaway database) before seeding, and on PostgreSQL again with the 1,000,000 orders.
 * 2. Listing on PostgreSQL with `--orders` orders seeded straight in SQL (seed-orders.ts), then
 *    VACUUM ANALYZE: the `listOrders` use case called directly with the Ctx of the demo `admin` or
 *    `store_manager` (so the query, the page's joins and the list view, without HTTP) for realistic
 *    filter combinations, `--reps` times each (first page of 20 unless stated). Baseline:
 *    `findOrder`, one primary-key lookup of a random order. A combination whose p99 is over 100 ms
 *    gets its EXPLAIN ANALYZE; `--try-indexes` then creates the candidate indexes in the throwaway
 *    database and measures again.
 *   npm run bench orders [-- --seconds 10 --clients 4 --orders 1000000 --reps 100 --driver pglite|pg|both --explain --try-indexes]
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { type Db, type DbHandle, openDb, schema } from '../../src/db/client.ts';
import { migrateDb } from '../../src/db/migrate.ts';
import { DEMO_PASSWORD, loadDemo } from '../../src/demo/load-demo.ts';
import { listOrders } from '../../src/modules/orders/list-orders.ts';
import { findOrder } from '../../src/modules/orders/order.repository.ts';
import type { TOrderQuery } from '../../src/modules/orders/schemas.ts';
import { systemClock } from '../../src/platform/clock.ts';
import type { Ctx } from '../../src/platform/context.ts';
import { resolveSession, SESSION_COOKIE } from '../../src/platform/sessions.ts';
import { benchServer, fmt, stats, throwawayDatabase } from './lib.ts';
import { seedOrders } from './seed-orders.ts';

const { values } = parseArgs({
  options: {
    driver: { type: 'string', default: 'both' },
    seconds: { type: 'string', default: '10' },
    clients: { type: 'string', default: '4' },
    orders: { type: 'string', default: '1000000' },
    reps: { type: 'string', default: '100' },
    explain: { type: 'boolean', default: false },
    'try-indexes': { type: 'boolean', default: false },
  },
});
const SECONDS = Number(values.seconds);
const CLIENTS = Number(values.clients);
const ORDERS = Number(values.orders);
const REPS = Number(values.reps);
const SLOW_MS = 100;
/** A combination whose single run takes longer than this is measured fewer times (keeps the run short). */
const LONG_RUN_MS = 250;
const rowsOf = <T>(res: unknown) => (res as { rows: T[] }).rows;

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

// ——— 1. creation throughput over HTTP ———

type App = Awaited<ReturnType<typeof buildApp>>;

async function startApp(handle: DbHandle) {
  const app = await buildApp(
    { db: handle.db, clock: systemClock, config: loadConfig({}), driver: handle.driver },
    { serveWeb: false },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, base: `http://127.0.0.1:${(app.server.address() as { port: number }).port}` };
}

async function login(base: string, username: string) {
  const r = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (r.status !== 200) throw new Error(`login ${username} answered ${r.status}`);
  await r.arrayBuffer();
  const token = r.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`))!
    .slice(SESSION_COOKIE.length + 1);
  return token;
}

/** `clients` loops, each sending `request(i)` back to back until `seconds` have passed. */
async function hammer(clients: number, seconds: number, request: (i: number) => Promise<void>) {
  const ms: number[] = [];
  let i = 0;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        await request(i++);
        ms.push(performance.now() - t);
      }
    }),
  );
  const wall = (performance.now() - t0) / 1000;
  return { n: ms.length, perS: ms.length / wall, s: stats(ms) };
}

/** Demo customers with their default address, and the id of 日常保洁. */
async function orderInputs(db: Db) {
  const custs = rowsOf<{ id: string; address_id: string }>(
    await db.execute(sql`select c.id, a.id as address_id from customers c
      join customer_addresses a on a.company_id = c.company_id and a.customer_id = c.id and a.is_default
      join companies co on co.id = c.company_id order by c.id`),
  );
  const [svc] = rowsOf<{ id: string }>(
    await db.execute(sql`select id from service_types where name = '日常保洁' and status = 'active' limit 1`),
  );
  return { custs, serviceTypeId: svc!.id };
}

async function throughput(label: string, app: { base: string }, db: Db) {
  const token = await login(app.base, 'agent');
  const cookie = `${SESSION_COOKIE}=${token}`;
  const { custs, serviceTypeId } = await orderInputs(db);
  const tomorrow = new Date(Date.now() + 8 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
  const bodies = custs.map((c) =>
    JSON.stringify({
      customerId: c.id,
      serviceTypeId,
      channel: 'phone',
      windowStart: `${tomorrow}T10:00:00+08:00`,
      windowEnd: `${tomorrow}T13:00:00+08:00`,
      addressId: c.address_id,
      quantity: 3,
      notes: '压测订单',
    }),
  );
  let failed = 0;
  const create = async (i: number) => {
    const r = await fetch(`${app.base}/api/v1/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: bodies[i % bodies.length],
    });
    if (r.status !== 201) {
      failed++;
      if (failed === 1) console.log(`  first failure: ${r.status} ${await r.text()}`);
      else await r.arrayBuffer();
      return;
    }
    await r.arrayBuffer();
  };
  const health = async () => {
    const r = await fetch(`${app.base}/healthz`);
    if (r.status !== 200) failed++;
    await r.arrayBuffer();
  };
  await hammer(CLIENTS, 1, health); // warm-up
  await hammer(CLIENTS, 1, create);
  const h = await hammer(CLIENTS, SECONDS, health);
  const o = await hammer(CLIENTS, SECONDS, create);
  console.log(`\n${label}: ${CLIENTS} concurrent keep-alive clients, ${SECONDS} s each`);
  console.log(`  ${pad('', 36)}      n    per s      p50      p99   (ms)`);
  const line = (name: string, r: typeof h) =>
    console.log(
      `  ${pad(name, 36)} ${String(r.n).padStart(6)} ${r.perS.toFixed(0).padStart(8)} ${fmt(r.s.p50)} ${fmt(r.s.p99)}`,
    );
  line('baseline: GET /healthz', h);
  line('POST /api/v1/orders', o);
  console.log(
    `  orders/s ÷ healthz req/s = ${(o.perS / h.perS).toFixed(3)}; p50 ${(o.s.p50 / h.s.p50).toFixed(1)}× healthz${failed ? `; ${failed} FAILED requests` : ''}`,
  );
  return { orders: o, health: h, failed };
}

// ——— 2. listing with 1,000,000 orders ———

type Combo = { name: string; as: 'admin' | 'store_manager'; q: Partial<TOrderQuery> };
type Result = { c: Combo; rows: number; s: ReturnType<typeof stats>; ms: number[] };

async function measure(combos: Combo[], run: (c: Combo) => Promise<{ items: unknown[] }>) {
  const results: Result[] = [];
  for (const c of combos) {
    const t = performance.now();
    const rows = (await run(c)).items.length;
    const first = performance.now() - t;
    const reps = first > LONG_RUN_MS ? Math.min(REPS, 20) : REPS;
    await time(3, () => run(c));
    const ms = await time(reps, () => run(c));
    results.push({ c, rows, s: stats(ms), ms });
  }
  return results;
}

function printTable(title: string, results: Result[], base: ReturnType<typeof stats>) {
  console.log(title);
  console.log(`  ${pad('combination', 46)} as    rows runs      p50      p99  p50÷base`);
  console.log(
    `  ${pad('baseline: findOrder (primary key)', 46)}            ${String(base.n).padStart(4)} ${fmt(base.p50)} ${fmt(base.p99)}     1.0×`,
  );
  for (const { c, rows, s } of results) {
    const flag = s.p99 > SLOW_MS ? '  ← slow' : '';
    const ratio = (s.p50 / base.p50).toFixed(1).padStart(7);
    console.log(
      `  ${pad(c.name, 46)} ${c.as === 'admin' ? 'adm' : 'mgr'} ${String(rows).padStart(6)} ${String(s.n).padStart(4)} ${fmt(s.p50)} ${fmt(s.p99)} ${ratio}×${flag}`,
    );
  }
  const o = stats(results.flatMap((r) => r.ms));
  console.log(
    `  ${pad('overall', 46)}            ${String(o.n).padStart(4)} ${fmt(o.p50)} ${fmt(o.p99)} ${(o.p50 / base.p50).toFixed(1).padStart(7)}×`,
  );
}

/** What EXPLAIN suggests for the slow combinations (see the report); `--try-indexes` measures them. */
const CANDIDATE_INDEXES = [
  'create index try_orders_created_idx on orders (company_id, created_at)',
  "create index try_callbacks_open_order_idx on callbacks (company_id, order_id) where state = 'open'",
];

async function listing(handle: DbHandle, app: { base: string }) {
  const db = handle.db;
  const [co] = rowsOf<{ id: string }>(await db.execute(sql`select id from companies limit 1`));
  const companyId = co!.id;
  let t = performance.now();
  const seed = await seedOrders(db, companyId, {
    orders: ORDERS,
    onChunk: (done) =>
      console.log(
        `  … ${done.toLocaleString('en')} orders, ${((performance.now() - t) / 1000).toFixed(1)} s`,
      ),
  });
  const seedS = (performance.now() - t) / 1000;
  t = performance.now();
  await db.execute(sql`vacuum analyze orders`);
  await db.execute(sql`vacuum analyze callbacks`);
  const analyzeS = (performance.now() - t) / 1000;
  const [size] = rowsOf<{ table: string; indexes: string }>(
    await db.execute(sql`select pg_size_pretty(pg_table_size('orders')) as table,
      pg_size_pretty(pg_indexes_size('orders')) as indexes`),
  );
  console.log(
    `[pg] seeded ${ORDERS.toLocaleString('en')} orders + callbacks (${seed.counts.orders.toLocaleString('en')} now in the database) in ${seedS.toFixed(1)} s (${Math.round(ORDERS / seedS).toLocaleString('en')} rows/s); VACUUM ANALYZE ${analyzeS.toFixed(1)} s`,
  );
  console.log(
    `  ${seed.customers} customers, ${seed.services} service types, 2 stores; ${seed.counts.urgent.toLocaleString('en')} urgent; ${seed.counts.open.toLocaleString('en')} open callbacks (${seed.counts.overdue.toLocaleString('en')} overdue); orders table ${size!.table} + indexes ${size!.indexes}`,
  );
  const dist = rowsOf<{ status: string; n: number }>(
    await db.execute(
      sql`select status, count(*)::int as n from orders where company_id = ${companyId} group by 1 order by 2 desc`,
    ),
  );
  console.log(`  statuses: ${dist.map((d) => `${d.status} ${d.n.toLocaleString('en')}`).join(', ')}`);

  const now = new Date();
  const ctxOf = async (username: string): Promise<Ctx> => {
    const resolved = (await resolveSession(db, await login(app.base, username), now))!;
    return { db, clock: systemClock, actor: resolved.actor, requestId: 'bench', ip: null };
  };
  const ctx = { admin: await ctxOf('admin'), store_manager: await ctxOf('store_manager') };
  const [storeA, storeB] = seed.stores as [string, string];
  const day = 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString();
  const combos: Combo[] = [
    { name: 'newest, no filter', as: 'admin', q: {} },
    { name: 'status=inquiry', as: 'admin', q: { status: 'inquiry' } },
    { name: 'store manager: own store, no filter', as: 'store_manager', q: {} },
    { name: 'store manager: own store & status=trial', as: 'store_manager', q: { status: 'trial' } },
    { name: 'storeId=海淀门店 (admin)', as: 'admin', q: { storeId: storeB } },
    { name: 'urgent=1', as: 'admin', q: { urgent: true } },
    { name: 'routing=pending', as: 'admin', q: { routing: 'pending' } },
    { name: 'ownerAgentId=店长 (20% of orders)', as: 'admin', q: { ownerAgentId: seed.agents.manager } },
    { name: 'created in the last 7 days', as: 'admin', q: { from: iso(now.getTime() - 7 * day) } },
    {
      name: 'created in one week a year ago',
      as: 'admin',
      q: { from: iso(now.getTime() - 372 * day), to: iso(now.getTime() - 365 * day) },
    },
    { name: 'overdueCallbacks=1', as: 'admin', q: { overdueCallbacks: true } },
    { name: 'store manager: overdueCallbacks=1', as: 'store_manager', q: { overdueCallbacks: true } },
    { name: 'status=rework & storeId=朝阳门店', as: 'admin', q: { status: 'rework', storeId: storeA } },
  ];
  const run = (c: Combo, d: Db = db) =>
    listOrders({ ...ctx[c.as], db: d }, { limit: 20, ...c.q } as TOrderQuery);
  const page1 = await run({ name: '', as: 'admin', q: {} });
  combos.push({ name: 'newest, 2nd page (cursor)', as: 'admin', q: { cursor: page1.nextCursor! } });
  const p1 = await run({ name: '', as: 'admin', q: { status: 'inquiry' } });
  combos.push({
    name: 'status=inquiry, 2nd page (cursor)',
    as: 'admin',
    q: { status: 'inquiry', cursor: p1.nextCursor! },
  });

  // Baseline: a primary-key lookup of a random order.
  const ids = rowsOf<{ id: string }>(
    await db.execute(sql`select id from orders where company_id = ${companyId} order by random() limit 500`),
  ).map((r) => r.id);
  await time(50, (i) => findOrder(db, companyId, ids[i % ids.length]!));
  const base = stats(await time(REPS * 5, (i) => findOrder(db, companyId, ids[i % ids.length]!)));
  const results = await measure(combos, run);
  printTable(
    `\n[pg] listOrders use case (direct call, admin / store_manager Ctx), ${ORDERS.toLocaleString('en')} orders, page of 20, ${REPS} runs each (ms)`,
    results,
    base,
  );

  // EXPLAIN ANALYZE of the slow ones, through a Drizzle instance that remembers the SQL it sent.
  const seen: { sql: string; params: unknown[] }[] = [];
  const client = (db as unknown as { $client: pg.Pool }).$client;
  const recDb = drizzle(client, {
    schema,
    logger: { logQuery: (q: string, params: unknown[]) => void seen.push({ sql: q, params }) },
  }) as unknown as Db;
  const explain = async (c: Combo, title: string) => {
    seen.length = 0;
    await run(c, recDb);
    const q = seen.find((x) => x.sql.includes('from "orders"'))!;
    const res = await client.query(`explain (analyze, buffers) ${q.sql}`, q.params as unknown[]);
    console.log(`\n${title}`);
    console.log((res.rows as Record<string, string>[]).map((r) => `    ${Object.values(r)[0]}`).join('\n'));
  };
  const slow = results.filter((r) => r.s.p99 > SLOW_MS).map((r) => r.c);
  for (const { c, s } of results)
    if (values.explain || s.p99 > SLOW_MS)
      await explain(c, `[pg] EXPLAIN ANALYZE — ${c.name} (p99 ${s.p99.toFixed(1)} ms)`);

  if (values['try-indexes']) {
    t = performance.now();
    for (const ddl of CANDIDATE_INDEXES) await db.execute(sql.raw(ddl));
    await db.execute(sql`analyze orders`);
    await db.execute(sql`analyze callbacks`);
    console.log(`\n[pg] candidate indexes created in ${((performance.now() - t) / 1000).toFixed(1)} s:`);
    for (const ddl of CANDIDATE_INDEXES) console.log(`    ${ddl}`);
    printTable('[pg] the same, with the candidate indexes (ms)', await measure(combos, run), base);
    for (const c of values.explain ? combos : slow)
      await explain(c, `[pg] EXPLAIN ANALYZE with candidate indexes — ${c.name}`);
  }
}

async function benchDriver(driver: 'pglite' | 'pg') {
  const tmp = driver === 'pg' ? await throwawayDatabase(benchServer(), 'anjia_bench_orders') : null;
  const handle = await openDb(tmp ? { databaseUrl: tmp.url } : { dataDir: 'memory://' });
  let app: { app: App; base: string } | null = null;
  try {
    const t = performance.now();
    await migrateDb(handle);
    await loadDemo(handle.db, systemClock);
    console.log(`\n[${driver}] migrate + demo data ${((performance.now() - t) / 1000).toFixed(1)} s`);
    app = await startApp(handle);
    await throughput(`[${driver}] order creation, demo data`, app, handle.db);
    if (driver === 'pg' && ORDERS > 0) {
      await listing(handle, app);
      await throughput(`[pg] order creation, with ${ORDERS.toLocaleString('en')} orders`, app, handle.db);
    }
  } finally {
    await app?.app.close();
    await handle.close();
    await tmp?.drop();
  }
}

const drivers: ('pglite' | 'pg')[] =
  values.driver === 'both' ? ['pglite', 'pg'] : [values.driver as 'pglite' | 'pg'];
const t0 = performance.now();
console.log(
  `orders: creation throughput (${CLIENTS} clients × ${SECONDS} s) and listing with ${ORDERS.toLocaleString('en')} orders (PostgreSQL)`,
);
for (const d of drivers) await benchDriver(d);
console.log(`\ntotal ${((performance.now() - t0) / 1000).toFixed(0)} s`);
