import { count, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import type { DbHandle } from '../../src/db/client.ts';
import { customers } from '../../src/db/schema/customers.ts';
import { auditLog } from '../../src/db/schema/platform.ts';
import { loginAs, makeApp } from './app.ts';
import { openTestDb } from './db.ts';
import { makeCompany, makeUser, testClock } from './factories.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of responses, checked by the assertions
export type Json = Record<string, any>;

/**
 * The customer-file API tests' setup (registers beforeAll/afterAll): one company with an agent
 * (customer.read/write/reveal) whose session is `cookie`, an administrator of another company
 * (`otherCookie`), and helpers to call the API, make a customer and count what was written.
 */
export function customersApiSuite() {
  const t = {} as {
    handle: DbHandle;
    app: FastifyInstance;
    companyId: string;
    cookie: string;
    otherCookie: string;
  };
  const clock = testClock();
  beforeAll(async () => {
    t.handle = await openTestDb();
    t.app = await makeApp(t.handle, clock);
    const { admin, ctx } = await makeCompany(t.handle.db, clock);
    t.companyId = admin.companyId;
    t.cookie = await loginAs(t.app, (await makeUser(ctx, 'agent')).username);
    t.otherCookie = await loginAs(t.app, (await makeCompany(t.handle.db, clock)).admin.username);
  });
  afterAll(async () => {
    await t.app.close();
    await t.handle.close();
  });

  let seq = 0;
  const run = String(Date.now() % 1e4).padStart(4, '0'); // PostgreSQL runs share one database
  const nextPhone = () => `139${run}${String(++seq).padStart(4, '0')}`;
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, c = t.cookie) =>
    t.app.inject({ method, url: `/api/v1${url}`, payload, headers: { cookie: c } });

  async function makeCustomer(over: Json = {}): Promise<Json> {
    const res = await call('POST', '/customers', {
      name: '张女士',
      phones: [nextPhone()],
      sourceChannel: 'phone',
      ...over,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  /** "customers/audit rows" of the company: equal before and after means nothing was written. */
  async function writes() {
    const [c] = await t.handle.db
      .select({ n: count() })
      .from(customers)
      .where(eq(customers.companyId, t.companyId));
    const [a] = await t.handle.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.companyId, t.companyId));
    return `${c?.n}/${a?.n}`;
  }

  return Object.assign(t, { nextPhone, call, makeCustomer, writes });
}
