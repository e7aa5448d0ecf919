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
const clock = testClock();

beforeAll(async () => {
  handle = await openTestDb();
  app = await makeApp(handle, clock);
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

async function setup() {
  const { admin } = await makeCompany(handle.db, clock);
  const cookie = await loginAs(app, admin.username);
  const post = (key: string, payload: object) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/stores',
      headers: { cookie, 'idempotency-key': key },
      payload,
    });
  const counts = async () => {
    const [s] = await handle.db
      .select({ n: count() })
      .from(stores)
      .where(eq(stores.companyId, admin.companyId));
    const [a] = await handle.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.companyId, admin.companyId));
    return [s?.n, a?.n];
  };
  return { post, counts };
}

describe('Idempotency-Key', () => {
  it('replays the first response to a retry with the same body and writes nothing new', async () => {
    const { post, counts } = await setup();
    const first = await post('key-1', { name: '幂等门店', kind: 'store' });
    expect(first.statusCode).toBe(201);
    const after = await counts();
    const retry = await post('key-1', { name: '幂等门店', kind: 'store' });
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    expect(await counts()).toEqual(after);
  });

  it('answers 422 when the same key comes with another body', async () => {
    const { post, counts } = await setup();
    await post('key-2', { name: '甲', kind: 'store' });
    const after = await counts();
    const other = await post('key-2', { name: '乙', kind: 'store' });
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await counts()).toEqual(after);
  });

  it('runs the write once when the same request arrives several times at once', async () => {
    const { post, counts } = await setup();
    const before = await counts();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => post('key-3', { name: '并发门店', kind: 'store' })),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201).length).toBeGreaterThanOrEqual(1);
    expect(codes.every((c) => c === 201 || c === 409)).toBe(true);
    const [s, a] = await counts();
    expect([s, a]).toEqual([Number(before[0]) + 1, Number(before[1]) + 1]);
  });

  it('keeps keys per user: another user may use the same key', async () => {
    const a = await setup();
    const b = await setup();
    expect((await a.post('shared', { name: '甲店', kind: 'store' })).statusCode).toBe(201);
    expect((await b.post('shared', { name: '乙店', kind: 'store' })).statusCode).toBe(201);
  });

  it('replays an error answer too, and rejects an unusable key', async () => {
    const { post } = await setup();
    await post('k-ok', { name: '同名', kind: 'store' });
    const dup = await post('k-dup', { name: '同名', kind: 'store' });
    expect(dup.statusCode).toBe(409);
    const dup2 = await post('k-dup', { name: '同名', kind: 'store' });
    expect(dup2.statusCode).toBe(409);
    expect(dup2.headers['idempotent-replayed']).toBe('true');
    const bad = await post('键', { name: '另一个', kind: 'store' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].field).toBe('Idempotency-Key');
  });
});
