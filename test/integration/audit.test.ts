import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.ts';
import { auditLog } from '../../src/db/schema/platform.ts';
import { loginAs, makeApp } from '../support/app.ts';
import { openTestDb } from '../support/db.ts';
import { makeCompany, makeUser, testClock } from '../support/factories.ts';

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

const auditOf = (companyId: string) =>
  handle.db.select().from(auditLog).where(eq(auditLog.companyId, companyId)).orderBy(auditLog.id);

describe('audit', () => {
  it('records every write with actor, typed before/after payload and the request id', async () => {
    const { admin } = await makeCompany(handle.db, clock);
    const cookie = await loginAs(app, admin.username);
    const call = (method: 'POST' | 'PATCH', url: string, payload?: object) =>
      app.inject({ method, url, payload, headers: { cookie, 'x-request-id': `rq-${url.length}-${method}` } });

    const store = (await call('POST', '/api/v1/stores', { name: '审计门店', kind: 'store' })).json();
    await call('PATCH', `/api/v1/stores/${store.id}`, { address: '北京市东城区 1 号' });
    await call('POST', `/api/v1/stores/${store.id}/disable`);
    await call('POST', `/api/v1/stores/${store.id}/enable`);
    const team = (await call('POST', '/api/v1/teams', { storeId: store.id, name: '一组' })).json();
    await call('PATCH', `/api/v1/teams/${team.id}`, { name: '二组' });
    await call('POST', `/api/v1/teams/${team.id}/disable`);
    const user = (
      await call('POST', '/api/v1/users', {
        username: `u_${store.id.slice(-6)}`,
        displayName: '新人',
        password: 'password-1',
        roles: [{ role: 'finance' }],
      })
    ).json();
    await call('PATCH', `/api/v1/users/${user.id}`, { roles: [{ role: 'agent' }] });
    await call('POST', `/api/v1/users/${user.id}/reset-password`, { newPassword: 'password-2' });
    await call('POST', `/api/v1/users/${user.id}/disable`);
    await call('POST', '/api/v1/auth/logout');

    const rows = await auditOf(admin.companyId);
    const actions = rows.map((r) => r.action);
    expect(actions).toEqual([
      'company.create',
      'user.create',
      'session.login',
      'store.create',
      'store.update',
      'store.disable',
      'store.enable',
      'team.create',
      'team.update',
      'team.disable',
      'user.create',
      'user.update',
      'user.password_reset',
      'user.disable',
      'session.logout',
    ]);
    const update = rows.find((r) => r.action === 'store.update')!;
    expect(update.actorUserId).toBe(admin.userId);
    expect(update.requestId).toBe(`rq-${`/api/v1/stores/${store.id}`.length}-PATCH`);
    expect(update.payload).toEqual({ before: { address: null }, after: { address: '北京市东城区 1 号' } });
    const roleChange = rows.find((r) => r.action === 'user.update')!;
    expect(roleChange.payload).toEqual({
      before: { roles: [{ role: 'finance', storeId: null }] },
      after: { roles: [{ role: 'agent', storeId: null }] },
    });
    expect(JSON.stringify(rows)).not.toMatch(/password-[12]|argon2/);
  });

  it('writes no audit row when the write fails (same transaction)', async () => {
    const { admin } = await makeCompany(handle.db, clock);
    const cookie = await loginAs(app, admin.username);
    await app.inject({
      method: 'POST',
      url: '/api/v1/stores',
      headers: { cookie },
      payload: { name: '重名', kind: 'store' },
    });
    const before = (await auditOf(admin.companyId)).length;
    const dup = await app.inject({
      method: 'POST',
      url: '/api/v1/stores',
      headers: { cookie },
      payload: { name: '重名', kind: 'store' },
    });
    expect(dup.statusCode).toBe(409);
    const badTeam = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie },
      payload: {
        username: 'x_bad_store',
        displayName: 'x',
        password: 'password-1',
        roles: [{ role: 'worker' }],
      },
    });
    expect(badTeam.statusCode).toBe(422);
    expect(badTeam.json().errors[0]).toMatchObject({ field: 'roles.0.storeId' });
    expect((await auditOf(admin.companyId)).length).toBe(before);
  });

  it('is listed with filters by entity, actor and date, newest first, with cursor pages', async () => {
    const { admin, ctx } = await makeCompany(handle.db, clock);
    const cookie = await loginAs(app, admin.username);
    const other = await makeUser(ctx, 'finance');
    for (let i = 0; i < 3; i++) {
      await app.inject({
        method: 'POST',
        url: '/api/v1/stores',
        headers: { cookie },
        payload: { name: `店${i}`, kind: 'store' },
      });
    }
    const list = (q: string) =>
      app.inject({ url: `/api/v1/audit?${q}`, headers: { cookie } }).then((r) => r.json());
    const stores = await list('entityType=store&limit=2');
    expect(stores.items).toHaveLength(2);
    expect(stores.items[0].payload.after.name).toBe('店2');
    expect(stores.items[0].actorName).toBe('测试管理员');
    const next = await list(`entityType=store&limit=2&cursor=${stores.nextCursor}`);
    expect(next.items.map((r: { payload: { after: { name: string } } }) => r.payload.after.name)).toEqual([
      '店0',
    ]);
    expect(next.nextCursor).toBeNull();
    const byActor = await list(`actorUserId=${admin.userId}&entityType=user`);
    expect(byActor.items.map((r: { entityId: string }) => r.entityId)).toEqual([other.id]);
    const future = await list(`from=${new Date(clock.now().getTime() + 60_000).toISOString()}`);
    expect(future.items).toEqual([]);
    const rows = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.companyId, admin.companyId), eq(auditLog.entityType, 'store')));
    expect(rows).toHaveLength(3);
  });
});
