/**
 * The shortlist at scale: on PGlite (in memory) and on PostgreSQL (a throwaway database), seed one
 * company with 20,000 workers in 7 stores (seed-people.ts; a few big stores and a long tail), give
 * every worker the general training so the hard rules leave a realistic share eligible, create a
 * contracted 日常保洁 visit of the biggest store, then time the `listCandidates` use case (called
 * directly with an admin's Ctx: every fact query, the rules, the scores and the view, no HTTP):
 * the store's pool (a normal order) and every store's workers (an urgent order, R4). Baseline from
 * the same run: `findWorker`, one primary-key lookup.
 *   npm run bench shortlist [-- --driver pglite|pg|both --workers 20000 --reps 20]
 */
import { parseArgs } from 'node:util';
import { and, eq, sql } from 'drizzle-orm';
import { openDb } from '../../src/db/client.ts';
import { migrateDb } from '../../src/db/migrate.ts';
import { customerAddresses } from '../../src/db/schema/customers.ts';
import { orders } from '../../src/db/schema/orders.ts';
import { workers } from '../../src/db/schema/workers.ts';
import { loadDemoCatalog } from '../../src/demo/demo-catalog.ts';
import { listCandidates } from '../../src/modules/dispatch/list-candidates.ts';
import { confirmOrder } from '../../src/modules/orders/confirm-order.ts';
import { createOrder } from '../../src/modules/orders/create-order.ts';
import { findWorker } from '../../src/modules/workers/worker.repository.ts';
import { systemClock } from '../../src/platform/clock.ts';
import type { Ctx } from '../../src/platform/context.ts';
import { benchServer, fmt, stats, throwawayDatabase } from './lib.ts';
import { seedPeople } from './seed-people.ts';

const { values } = parseArgs({
  options: {
    driver: { type: 'string', default: 'both' },
    workers: { type: 'string', default: '20000' },
    reps: { type: 'string', default: '20' },
  },
});
const REPS = Number(values.reps);

async function time(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

async function benchDriver(driver: 'pglite' | 'pg') {
  const tmp = driver === 'pg' ? await throwawayDatabase(benchServer(), 'anjia_bench_shortlist') : null;
  const handle = await openDb(tmp ? { databaseUrl: tmp.url, poolSize: 4 } : { dataDir: 'memory://' });
  try {
    await migrateDb(handle);
    const seed = await seedPeople(handle.db, { workers: Number(values.workers), customers: 2000, stores: 7 });
    const db = handle.db;
    const ctx: Ctx = { db, clock: systemClock, actor: seed.admin, requestId: 'bench-shortlist', ip: null };
    await db.execute(sql`
      insert into worker_trainings (company_id, id, worker_id, kind, course, hours, trained_on, result)
      select company_id, 'trn_' || id, id, 'general', '家政服务岗前培训', 40, current_date - 100, 'pass'
      from workers where company_id = ${seed.companyId}`);
    const services = await loadDemoCatalog(ctx);
    const [addr] = await db
      .select()
      .from(customerAddresses)
      .where(eq(customerAddresses.companyId, seed.companyId))
      .limit(1);
    // The next working day (Monday–Saturday, the default working week) at 10:00 Shanghai.
    let start = new Date(Date.now() + 86_400_000);
    const weekday = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).getUTCDay();
    while (weekday(start) === 0) start = new Date(start.getTime() + 86_400_000);
    const day = start.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    start = new Date(`${day}T10:00:00+08:00`);
    const o = await createOrder(ctx, {
      customerId: addr!.customerId,
      serviceTypeId: services.daily_cleaning!,
      channel: 'phone',
      addressId: addr!.id,
      windowStart: start.toISOString(),
      windowEnd: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
      quantity: 3,
    });
    await confirmOrder(ctx, o.id);
    const big = seed.storeIds[0]!;
    const setOrder = (urgent: boolean) =>
      db
        .update(orders)
        .set({ status: 'contracted', storeId: big, routing: 'accepted', urgent })
        .where(and(eq(orders.companyId, seed.companyId), eq(orders.id, o.id)));
    const [{ n: storeSize } = { n: 0 }] = (
      (await db.execute(
        sql`select count(*)::int as n from workers where company_id = ${seed.companyId} and store_id = ${big}`,
      )) as unknown as { rows: { n: number }[] }
    ).rows;
    const someWorker = (await db.select({ id: workers.id }).from(workers).limit(1))[0]!.id;
    const base = stats(await time(100, () => findWorker(db, seed.companyId, someWorker)));

    console.log(
      `\n[${driver}] ${values.workers} workers in ${seed.storeIds.length} stores; biggest store ${storeSize}`,
    );
    console.log(
      `  ${'case'.padEnd(44)} ${'pool'.padStart(6)} ${'eligible'.padStart(8)}    p50 ms   p99 ms   p50 / baseline`,
    );
    for (const [name, urgent] of [
      ['normal order: the store’s workers', false],
      ['urgent order: every store’s workers (R4)', true],
    ] as const) {
      await setOrder(urgent);
      let last = await listCandidates(ctx, o.id, { limit: 20 }); // warm-up
      const ms = await time(REPS, async () => {
        last = await listCandidates(ctx, o.id, { limit: 20 });
      });
      const s = stats(ms);
      const pool = last.eligibleCount + last.excludedCount;
      console.log(
        `  ${name.padEnd(44)} ${String(pool).padStart(6)} ${String(last.eligibleCount).padStart(8)} ${fmt(s.p50)} ${fmt(s.p99)} ${(s.p50 / base.p50).toFixed(0).padStart(12)}×`,
      );
    }
    const why = new Map<string, number>();
    for (const e of (await listCandidates(ctx, o.id, { limit: 20, explain: 'excluded' })).excluded ?? [])
      for (const r of e.reasons) why.set(r.rule, (why.get(r.rule) ?? 0) + 1);
    const top = [...why].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`);
    console.log(`  excluded by rule (one worker may break several): ${top.join(', ')}`);
    console.log(
      `  ${'baseline: findWorker (primary key)'.padEnd(44)} ${''.padStart(6)} ${''.padStart(8)} ${fmt(base.p50)} ${fmt(base.p99)}`,
    );
  } finally {
    await handle.close();
    await tmp?.drop();
  }
}

const drivers: ('pglite' | 'pg')[] =
  values.driver === 'both' ? ['pglite', 'pg'] : [values.driver as 'pglite' | 'pg'];
const t0 = performance.now();
for (const d of drivers) await benchDriver(d);
console.log(`\ntotal ${((performance.now() - t0) / 1000).toFixed(0)} s`);
