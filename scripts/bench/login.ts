/**
 * Login latency: 1,000 sequential `POST /api/v1/auth/login` over real HTTP (keep-alive) against
 * the app listening on loopback, on PGlite and on PostgreSQL. Baselines from the same run:
 * `GET /healthz` (HTTP + one query) and one argon2id verify alone (the cost a login must pay).
 *   npm run bench login [-- --n 1000 --driver pglite|pg|both]
 */
import { parseArgs } from 'node:util';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { openDb } from '../../src/db/client.ts';
import { migrateDb } from '../../src/db/migrate.ts';
import { DEMO_PASSWORD, loadDemo } from '../../src/demo/load-demo.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { hashPassword, verifyPassword } from '../../src/platform/passwords.ts';
import { benchServer, fmt, stats, throwawayDatabase } from './lib.ts';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '1000' }, driver: { type: 'string', default: 'both' } },
});
const N = Number(values.n);

async function time(n: number, fn: () => Promise<void>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

async function benchDriver(driver: 'pglite' | 'pg') {
  const tmp = driver === 'pg' ? await throwawayDatabase(benchServer(), 'anjia_bench_login') : null;
  const handle = await openDb(tmp ? { databaseUrl: tmp.url } : { dataDir: 'memory://' });
  await migrateDb(handle);
  await loadDemo(handle.db, systemClock);
  const app = await buildApp(
    { db: handle.db, clock: systemClock, config: loadConfig({}), driver: handle.driver },
    { serveWeb: false },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const body = JSON.stringify({ username: 'admin', password: DEMO_PASSWORD });
  const login = async () => {
    const r = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    if (r.status !== 200) throw new Error(`login answered ${r.status}`);
    await r.arrayBuffer();
  };
  const health = async () => {
    const r = await fetch(`${base}/healthz`);
    await r.arrayBuffer();
  };
  await time(50, login); // warm-up
  await time(50, health);
  const healthMs = stats(await time(N, health));
  const loginMs = stats(await time(N, login));
  await app.close();
  await handle.close();
  await tmp?.drop();
  return { driver, healthMs, loginMs };
}

const hashed = await hashPassword(DEMO_PASSWORD);
await verifyPassword(hashed, DEMO_PASSWORD);
const argon = stats(await time(200, async () => void (await verifyPassword(hashed, DEMO_PASSWORD))));

const drivers: ('pglite' | 'pg')[] =
  values.driver === 'both' ? ['pglite', 'pg'] : [values.driver as 'pglite' | 'pg'];
console.log(`login latency, ${N} sequential requests per driver (ms)`);
console.log(`argon2id verify alone (baseline):      p50 ${fmt(argon.p50)}  p99 ${fmt(argon.p99)}`);
for (const d of drivers) {
  const r = await benchDriver(d);
  console.log(
    `[${d.padEnd(6)}] GET /healthz (baseline):     p50 ${fmt(r.healthMs.p50)}  p99 ${fmt(r.healthMs.p99)}`,
  );
  console.log(
    `[${d.padEnd(6)}] POST /auth/login:           p50 ${fmt(r.loginMs.p50)}  p99 ${fmt(r.loginMs.p99)}`,
  );
  console.log(
    `[${d.padEnd(6)}] login ÷ argon2 verify: p50 ${(r.loginMs.p50 / argon.p50).toFixed(2)}×, p99 ${(r.loginMs.p99 / argon.p99).toFixed(2)}×; login − healthz p50 ${(r.loginMs.p50 - r.healthMs.p50).toFixed(2)} ms`,
  );
}
