import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.ts';
import { customerAddresses, customerPhones, customers } from '../../src/db/schema/customers.ts';
import { orders } from '../../src/db/schema/orders.ts';
import { stores, teams, users } from '../../src/db/schema/org.ts';
import { workerCertificates, workers } from '../../src/db/schema/workers.ts';
import { DEMO_PASSWORD, loadDemo } from '../../src/demo/load-demo.ts';
import { decrypt } from '../../src/platform/crypto.ts';
import { loginAs, makeApp } from '../support/app.ts';
import { openTestDb } from '../support/db.ts';
import { testClock } from '../support/factories.ts';

/**
 * R16, tested over every endpoint: walk every route of the OpenAPI document as a customer, as a
 * worker and as the public, with the demo data, and fail if any worker's phone, ID number, bank
 * account or home address, or any customer's phone or detailed address, appears in any response.
 * New routes of later issues are covered automatically.
 */
let handle: DbHandle;
let app: FastifyInstance;
const clock = testClock();
/** Sensitive strings with the customer file they belong to (a customer may see her own). */
let secrets: { value: string; ownerCustomerId: string | null }[] = [];
let ownCustomerId: string | null = null;
let ids: string[] = [];

beforeAll(async () => {
  handle = await openTestDb();
  await loadDemo(handle.db, clock);
  app = await makeApp(handle, clock);
  const ws = await handle.db.select().from(workers);
  const cs = await handle.db.select().from(customers);
  const phones = await handle.db.select().from(customerPhones);
  const addrs = await handle.db.select().from(customerAddresses);
  const [customerUser] = await handle.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, 'customer'));
  ownCustomerId = cs.find((c) => c.userId === customerUser?.id)?.id ?? null;
  expect(ownCustomerId).not.toBeNull();
  const of = (value: string, ownerCustomerId: string | null = null) => ({ value, ownerCustomerId });
  secrets = [
    ...ws.flatMap((w) =>
      [
        w.phone,
        decrypt(w.idNumberEnc),
        w.homeAddress ?? '',
        w.emergencyPhone ?? '',
        w.bankAccountEnc ? decrypt(w.bankAccountEnc) : '',
      ].map((v) => of(v)),
    ),
    ...cs.flatMap((c) => (c.idNumberEnc ? [of(decrypt(c.idNumberEnc), c.id)] : [])),
    ...phones.map((p) => of(p.phone, p.customerId)),
    ...addrs.map((a) => of(a.detail, a.customerId)),
  ].filter((s) => s.value.length >= 6);
  expect(cs.length).toBeGreaterThanOrEqual(20);
  expect(ws.length).toBeGreaterThanOrEqual(30);
  const idRows = await Promise.all([
    handle.db.select({ id: workers.id }).from(workers).limit(3),
    handle.db.select({ id: customers.id }).from(customers).limit(3),
    handle.db.select({ id: stores.id }).from(stores).limit(2),
    handle.db.select({ id: teams.id }).from(teams).limit(2),
    handle.db.select({ id: users.id }).from(users).limit(2),
    handle.db.select({ id: workerCertificates.id }).from(workerCertificates).limit(2),
    handle.db.select({ id: workers.companyId }).from(workers).limit(1),
  ]);
  ids = idRows.flat().map((r) => r.id);
  // Dispatch one of the demo's ready orders to the worker who has a login, so that her job (before
  // its release window) and the customer's "who is coming" are walked with real ids too.
  const [workerUser] = await handle.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, 'worker'));
  const [mine] = await handle.db
    .select({ id: workers.id })
    .from(workers)
    .where(eq(workers.userId, workerUser!.id));
  const ready = await handle.db.select({ id: orders.id }).from(orders).where(eq(orders.status, 'contracted'));
  expect(ready.length).toBeGreaterThan(0);
  const assigned = await app.inject({
    method: 'POST',
    url: `/api/v1/orders/${ready[0]!.id}/assign`,
    headers: { cookie: await loginAs(app, 'dispatcher', DEMO_PASSWORD) },
    payload: { workerId: mine!.id },
  });
  expect(assigned.statusCode, assigned.body).toBe(201);
  ids.push(...ready.map((o) => o.id), assigned.json().id);
});
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

type Op = { method: string; path: string };

async function operations(): Promise<Op[]> {
  const doc = (await app.inject({ url: '/docs/json' })).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.keys(methods)
      .filter((m) => ['get', 'post', 'patch', 'put', 'delete'].includes(m))
      .map((method) => ({ method: method.toUpperCase(), path })),
  );
}

/** Every way to fill the path's parameters from known ids (each parameter gets each id). */
function urls(path: string): string[] {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  if (!names.length) return [path];
  return ids.map((id) => names.reduce((p, n) => p.replace(`{${n}}`, id), path));
}

async function walk(
  cookie: string | undefined,
  self: string | null = null,
): Promise<{ calls: number; leaks: string[] }> {
  const forbidden = secrets
    .filter((s) => s.ownerCustomerId === null || s.ownerCustomerId !== self)
    .map((s) => s.value);
  const leaks: string[] = [];
  let calls = 0;
  for (const op of await operations()) {
    if (op.path === '/api/v1/auth/logout' || op.path.startsWith('/docs')) continue;
    for (const url of urls(op.path)) {
      for (const query of ['', '?q=1&limit=100', '?status=available&limit=100']) {
        if (query && op.method !== 'GET') continue;
        const res = await app.inject({
          method: op.method as 'GET',
          url: url + query,
          headers: cookie ? { cookie } : {},
          ...(op.method === 'GET' ? {} : { payload: {} }),
        });
        calls++;
        for (const s of forbidden)
          if (res.body.includes(s))
            leaks.push(`${op.method} ${url}${query} → ${res.statusCode} contains ${s.slice(0, 3)}…`);
      }
    }
  }
  return { calls, leaks };
}

describe('privacy walk over every route (R16)', () => {
  it('a customer never receives worker contact or ID data, nor other customers’ phones or addresses', async () => {
    const board = await app.inject({
      url: '/api/v1/board/workers?limit=100',
      headers: { cookie: await loginAs(app, 'customer', DEMO_PASSWORD) },
    });
    expect(board.statusCode).toBe(200);
    expect(board.json().items.length).toBeGreaterThan(10);
    const r = await walk(await loginAs(app, 'customer', DEMO_PASSWORD), ownCustomerId);
    expect(r.calls).toBeGreaterThan(50);
    expect(r.leaks).toEqual([]);
  });

  it('a worker never receives customers’ phones or addresses, nor other workers’ data', async () => {
    const r = await walk(await loginAs(app, 'worker', DEMO_PASSWORD));
    expect(r.leaks).toEqual([]);
  });

  it('the public (not logged in) receives none of it either', async () => {
    const r = await walk(undefined);
    expect(r.leaks).toEqual([]);
  });

  it('the walk would catch a leak: staff with reveal permission do see a full phone', async () => {
    const cookie = await loginAs(app, 'admin', DEMO_PASSWORD);
    const [admin] = await handle.db
      .select({ companyId: users.companyId })
      .from(users)
      .where(eq(users.username, 'admin'));
    const [w] = await handle.db
      .select({ id: workers.id, phone: workers.phone })
      .from(workers)
      .where(eq(workers.companyId, admin!.companyId))
      .limit(1);
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/workers/${w!.id}/reveal`,
      headers: { cookie },
    });
    expect(res.body).toContain(w!.phone);
    const list = await app.inject({ url: '/api/v1/workers?limit=100', headers: { cookie } });
    expect(list.body).not.toContain(w!.phone);
  });
});
