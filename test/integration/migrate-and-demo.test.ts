import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/client.ts';
import { migrateDb } from '../../src/db/migrate.ts';
import { DEMO_PASSWORD, isEmpty, loadDemo } from '../../src/demo/load-demo.ts';
import { ROLE_NAMES } from '../../src/platform/permissions.ts';
import { loginAs, makeApp } from '../support/app.ts';
import { testDriver } from '../support/db.ts';
import { makeCompany, testClock } from '../support/factories.ts';

const clock = testClock();
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** A brand-new empty database on the driver under test. */
async function emptyDatabase() {
  if (testDriver() === 'pglite') return { open: () => openDb({ dataDir: 'memory://' }), shared: false };
  const server = process.env.TEST_DATABASE_URL!;
  const name = `anjia_empty_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  cleanups.push(async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });
  return { open: () => openDb({ databaseUrl: url.toString() }), shared: true };
}

describe('migrations on an empty database', () => {
  it('create every table; running them again changes nothing', async () => {
    const db = await emptyDatabase();
    const h = await db.open();
    cleanups.push(() => h.close());
    await migrateDb(h);
    await migrateDb(h);
    const res = (await h.db.execute(
      "select table_name from information_schema.tables where table_schema = 'public' order by 1" as never,
    )) as unknown as { rows: { table_name: string }[] };
    expect(res.rows.map((r) => r.table_name)).toEqual([
      'assessments',
      'assignments',
      'audit_log',
      'callbacks',
      'companies',
      'contract_signatures',
      'contracts',
      'customer_addresses',
      'customer_blocked_workers',
      'customer_merges',
      'customer_phones',
      'customers',
      'follow_up_tasks',
      'idempotency_keys',
      'interviews',
      'login_throttle',
      'order_events',
      'orders',
      'price_list_versions',
      'quotes',
      'replacements',
      'service_types',
      'sessions',
      'skills',
      'stores',
      'teams',
      'user_roles',
      'users',
      'worker_background_checks',
      'worker_bookings',
      'worker_certificates',
      'worker_health_checks',
      'worker_incidents',
      'worker_insurance',
      'worker_leaves',
      'worker_performance',
      'worker_skills',
      'worker_trainings',
      'workers',
    ]);
    expect(await isEmpty(h.db)).toBe(true);
  });

  it('are safe when two processes start at once (advisory lock)', async () => {
    const db = await emptyDatabase();
    if (!db.shared) return; // one PGlite data folder has one process by construction
    const a = await db.open();
    const b = await db.open();
    cleanups.push(
      () => a.close(),
      () => b.close(),
    );
    await Promise.all([migrateDb(a), migrateDb(b)]);
    expect(await isEmpty(a.db)).toBe(true);
  });
});

describe('restart', () => {
  it('keeps a store created through the API', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'anjia-restart-'));
    const db = testDriver() === 'pglite' ? { open: () => openDb({ dataDir: dir }) } : await emptyDatabase();
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const first = await db.open();
    await migrateDb(first);
    const { admin } = await makeCompany(first.db, clock);
    const app1 = await makeApp(first, clock);
    const created = await app1.inject({
      method: 'POST',
      url: '/api/v1/stores',
      headers: { cookie: await loginAs(app1, admin.username) },
      payload: { name: '重启门店', kind: 'store' },
    });
    expect(created.statusCode).toBe(201);
    await app1.close();
    await first.close();

    const second = await db.open();
    await migrateDb(second);
    const app2 = await makeApp(second, clock);
    const res = await app2.inject({
      url: `/api/v1/stores/${created.json().id}`,
      headers: { cookie: await loginAs(app2, admin.username) },
    });
    expect(res.json().name).toBe('重启门店');
    await app2.close();
    await second.close();
  });
});

describe('demo company', () => {
  let app: FastifyInstance | undefined;
  afterAll(async () => app?.close());

  it('has three stores (one the call center), teams, and a working login for every role', async () => {
    const db = await emptyDatabase();
    const h = await db.open();
    cleanups.push(() => h.close());
    await migrateDb(h);
    const logins = await loadDemo(h.db, clock);
    expect(logins.map((l) => l.username).sort()).toEqual([...ROLE_NAMES].sort());
    expect(await isEmpty(h.db)).toBe(false);
    app = await makeApp(h, clock);
    const cookie = await loginAs(app, 'admin', DEMO_PASSWORD);
    const stores = (await app.inject({ url: '/api/v1/stores', headers: { cookie } })).json().items;
    expect(stores).toHaveLength(3);
    expect(
      stores.filter((s: { kind: string }) => s.kind === 'call_center').map((s: { name: string }) => s.name),
    ).toEqual(['呼叫部']);
    const teams = (await app.inject({ url: '/api/v1/teams', headers: { cookie } })).json().items;
    for (const s of stores) expect(teams.some((t: { storeId: string }) => t.storeId === s.id)).toBe(true);
    for (const role of ROLE_NAMES) {
      const c = await loginAs(app, role, DEMO_PASSWORD);
      const me = (await app.inject({ url: '/api/v1/me', headers: { cookie: c } })).json();
      expect(me.roles.map((r: { role: string }) => r.role)).toEqual([role]);
      expect(me.company.name).toBe('安家家政（演示）');
    }
  }, 180_000); // a fresh database plus the whole demo company: slow on a busy 2-core machine
});
