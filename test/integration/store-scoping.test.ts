import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.ts';
import { loginAs, makeApp } from '../support/app.ts';
import { openTestDb } from '../support/db.ts';
import { makeCompany, makeStore, makeTeam, makeUser, testClock } from '../support/factories.ts';

let handle: DbHandle;
let app: FastifyInstance;
const clock = testClock();
let cookieA: string;
let storeA: { id: string };
let storeB: { id: string };
let teamB: { id: string };
let otherCompanyStore: { id: string };
let userB: { id: string };

beforeAll(async () => {
  handle = await openTestDb();
  app = await makeApp(handle, clock);
  const { ctx } = await makeCompany(handle.db, clock);
  storeA = await makeStore(ctx, { name: '门店A' });
  storeB = await makeStore(ctx, { name: '门店B' });
  await makeTeam(ctx, storeA.id, '甲组');
  teamB = await makeTeam(ctx, storeB.id, '乙组');
  const managerA = await makeUser(ctx, 'store_manager', storeA.id);
  userB = await makeUser(ctx, 'dispatcher', storeB.id);
  cookieA = await loginAs(app, managerA.username);
  const other = await makeCompany(handle.db, clock);
  otherCompanyStore = await makeStore(other.ctx, { name: '别家门店' });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const get = (url: string) => app.inject({ url, headers: { cookie: cookieA } });

describe('a store manager of store A', () => {
  it('lists only store A', async () => {
    const res = await get('/api/v1/stores');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((s: { id: string }) => s.id)).toEqual([storeA.id]);
  });

  it("gets 404, not 403, for store B's store, team and users", async () => {
    for (const url of [
      `/api/v1/stores/${storeB.id}`,
      `/api/v1/teams/${teamB.id}`,
      `/api/v1/users/${userB.id}`,
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
    }
    expect((await get(`/api/v1/stores/${storeA.id}`)).statusCode).toBe(200);
  });

  it("sees only store A's teams and users", async () => {
    const teams = (await get('/api/v1/teams')).json().items;
    expect(teams.map((t: { name: string }) => t.name)).toEqual(['甲组']);
    const users = (await get('/api/v1/users')).json().items;
    expect(
      users.every((u: { roles: { storeId: string }[] }) => u.roles.some((r) => r.storeId === storeA.id)),
    ).toBe(true);
    expect((await get(`/api/v1/teams?storeId=${storeB.id}`)).json().items).toEqual([]);
  });

  it("cannot change store B's team (404) nor create a team there", async () => {
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/v1/teams/${teamB.id}`,
      headers: { cookie: cookieA },
      payload: { name: '改名' },
    });
    expect(patch.statusCode).toBe(404);
    const create = await app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers: { cookie: cookieA },
      payload: { storeId: storeB.id, name: '新组' },
    });
    expect(create.statusCode).toBe(404);
    const own = await app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers: { cookie: cookieA },
      payload: { storeId: storeA.id, name: '新组' },
    });
    expect(own.statusCode).toBe(201);
  });

  it('may not create stores or users (403: the action, not a record, is refused)', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/stores',
      headers: { cookie: cookieA },
      payload: { name: '越权门店', kind: 'store' },
    });
    expect(res.statusCode).toBe(403);
    expect((await get('/api/v1/audit')).statusCode).toBe(403);
  });

  it("never sees another company's store", async () => {
    expect((await get(`/api/v1/stores/${otherCompanyStore.id}`)).statusCode).toBe(404);
  });
});
