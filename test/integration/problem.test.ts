import { count, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.ts';
import { stores } from '../../src/db/schema/org.ts';
import { auditLog } from '../../src/db/schema/platform.ts';
import { loginAs, makeApp } from '../support/app.ts';
import { openTestDb } from '../support/db.ts';
import { makeCompany, testClock } from '../support/factories.ts';

let handle: DbHandle;
let app: FastifyInstance;
let cookie: string;
let companyId: string;
const clock = testClock();

beforeAll(async () => {
  handle = await openTestDb();
  app = await makeApp(handle, clock);
  const { admin } = await makeCompany(handle.db, clock);
  companyId = admin.companyId;
  cookie = await loginAs(app, admin.username);
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const post = (payload: string | object, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/stores',
    headers: { cookie, 'content-type': 'application/json', ...headers },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });

async function writes() {
  const [s] = await handle.db.select({ n: count() }).from(stores).where(eq(stores.companyId, companyId));
  const [a] = await handle.db.select({ n: count() }).from(auditLog).where(eq(auditLog.companyId, companyId));
  return `${s?.n}/${a?.n}`;
}

function expectProblem(res: Awaited<ReturnType<typeof post>>, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json();
  expect(body).toMatchObject({ status, code });
  expect(typeof body.type).toBe('string');
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  expect(body.requestId).toBe(res.headers['x-request-id']);
  return body;
}

describe('problem+json', () => {
  it('names each bad field in Chinese, and in English on request; nothing is written', async () => {
    const before = await writes();
    const zh = expectProblem(
      await post({ name: '', kind: 'shop', phone: '12345' }),
      422,
      'VALIDATION_FAILED',
    );
    expect(zh.title).toBe('输入有误');
    expect(zh.detail).toContain('门店名称');
    expect(zh.errors).toEqual([
      { field: 'name', label: '门店名称', message: '不能为空' },
      { field: 'kind', label: '类型', message: '应为以下之一：store、call_center' },
      { field: 'phone', label: '电话', message: '请输入有效的手机号或座机号' },
    ]);
    const en = expectProblem(
      await post({ kind: 'shop' }, { 'accept-language': 'en-US,en;q=0.9' }),
      422,
      'VALIDATION_FAILED',
    );
    expect(en.title).toBe('Invalid input');
    expect(en.errors[0]).toEqual({ field: 'name', message: 'Required' });
    expect(await writes()).toBe(before);
  });

  it('rejects wrong types, unknown fields, malformed JSON and bodies over 1 MiB', async () => {
    const before = await writes();
    const types = expectProblem(await post({ name: 42, kind: 'store' }), 422, 'VALIDATION_FAILED');
    expect(types.errors[0]).toMatchObject({ field: 'name', message: '应为文本' });
    const unknown = expectProblem(
      await post({ name: '多字段', kind: 'store', status: 'disabled' }),
      422,
      'VALIDATION_FAILED',
    );
    expect(unknown.errors).toEqual([{ field: 'status', message: '不允许的字段 status' }]);
    expectProblem(await post('{"name": "半截'), 400, 'MALFORMED_BODY');
    expectProblem(
      await post({ name: 'x'.repeat(1024 * 1024 + 10), kind: 'store' }),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    expectProblem(
      await post('name=x', { 'content-type': 'application/x-www-form-urlencoded' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expect(await writes()).toBe(before);
  });

  it('answers unknown routes and missing records with problems too', async () => {
    const r1 = await app.inject({ url: '/api/v1/no-such-thing', headers: { cookie } });
    expect(r1.statusCode).toBe(404);
    expect(r1.json().code).toBe('ROUTE_NOT_FOUND');
    const r2 = await app.inject({ url: '/api/v1/stores/sto_missing', headers: { cookie } });
    expect(r2.json()).toMatchObject({ status: 404, code: 'NOT_FOUND', detail: '未找到该门店。' });
    const r3 = await app.inject({
      url: '/api/v1/stores/sto_missing',
      headers: { cookie, 'accept-language': 'en' },
    });
    expect(r3.json().detail).toBe('No such store.');
    const r4 = await app.inject({ url: '/api/v1/stores?limit=1000', headers: { cookie } });
    expect(r4.statusCode).toBe(422);
    expect(r4.json().errors[0]).toMatchObject({ field: 'limit', label: '每页条数' });
  });

  it('never leaks a stack, SQL or a file path in a 5xx', async () => {
    const h2 = await openTestDb();
    const app2 = await makeApp(h2, clock);
    await h2.close(); // the database goes away under the running app
    const res = await app2.inject({ url: '/api/v1/stores', headers: { cookie } });
    const health = await app2.inject({ url: '/healthz' });
    await app2.close();
    for (const r of [res, health]) {
      expect(r.statusCode).toBeGreaterThanOrEqual(500);
      expect(r.headers['content-type']).toMatch(/problem\+json/);
      expect(r.body).not.toMatch(/\bat \S+ \(|select |from "|\/work\/|node_modules|\.ts:\d+/i);
    }
  });
});
