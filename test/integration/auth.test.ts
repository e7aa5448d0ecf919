import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.ts';
import { loginAs, makeApp } from '../support/app.ts';
import { openTestDb } from '../support/db.ts';
import { makeCompany, makeStore, makeUser, PASSWORD, testClock } from '../support/factories.ts';

let handle: DbHandle;
let app: FastifyInstance;
const clock = testClock();

beforeAll(async () => {
  handle = await openTestDb();
  app = await makeApp(handle, clock, { ANJIA_LOGIN_MAX_FAILS: '5', ANJIA_LOGIN_LOCK_MINUTES: '15' });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const login = (username: string, password: string, ip = '10.0.0.1') =>
  app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  });

describe('login', () => {
  it('opens a session in an httpOnly SameSite=Lax cookie, and /me answers who is logged in', async () => {
    const { admin } = await makeCompany(handle.db, clock);
    const res = await login(admin.username, PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'anjia_sid')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = await app.inject({ url: '/api/v1/me', headers: { cookie: `anjia_sid=${cookie.value}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe(admin.username);
    expect(me.json().permissions).toContain('audit.read');
  });

  it('rejects a wrong password with 401 and the same answer for an unknown user', async () => {
    const { admin } = await makeCompany(handle.db, clock);
    const wrong = await login(admin.username, 'nope-nope');
    const unknown = await login('nobody_here', 'nope-nope');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('answers 429 on the 6th wrong password in a row, even with the right one, until the cooling period ends', async () => {
    const { admin } = await makeCompany(handle.db, clock);
    for (let i = 1; i <= 5; i++) expect((await login(admin.username, `wrong-${i}`)).statusCode).toBe(401);
    const sixth = await login(admin.username, 'wrong-6');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().code).toBe('AUTH_LOCKED');
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login(admin.username, PASSWORD)).statusCode).toBe(429);
    clock.advance(16 * 60_000);
    expect((await login(admin.username, PASSWORD)).statusCode).toBe(200);
  });

  it('a successful login resets the count', async () => {
    const { admin } = await makeCompany(handle.db, clock);
    for (let i = 0; i < 4; i++) await login(admin.username, 'wrong');
    expect((await login(admin.username, PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(admin.username, 'wrong')).statusCode).toBe(401);
  });

  it('locks out an address that fails on many accounts', async () => {
    const ipApp = await makeApp(handle, clock, { ANJIA_LOGIN_MAX_FAILS_IP: '3' });
    const { admin } = await makeCompany(handle.db, clock);
    const ip = '10.9.9.9';
    const attempt = (u: string, p: string) =>
      ipApp.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: u, password: p },
        remoteAddress: ip,
      });
    for (const u of ['a1', 'a2', 'a3']) expect((await attempt(u, 'x')).statusCode).toBe(401);
    expect((await attempt(admin.username, PASSWORD)).statusCode).toBe(429);
    await ipApp.close();
  });

  it('refuses a disabled user and ends her sessions', async () => {
    const { admin, ctx } = await makeCompany(handle.db, clock);
    const store = await makeStore(ctx);
    const worker = await makeUser(ctx, 'dispatcher', store.id);
    const workerCookie = await loginAs(app, worker.username);
    const adminCookie = await loginAs(app, admin.username);
    const dis = await app.inject({
      method: 'POST',
      url: `/api/v1/users/${worker.id}/disable`,
      headers: { cookie: adminCookie },
    });
    expect(dis.statusCode).toBe(200);
    expect(dis.json().status).toBe('disabled');
    expect((await app.inject({ url: '/api/v1/me', headers: { cookie: workerCookie } })).statusCode).toBe(401);
    const again = await login(worker.username, PASSWORD);
    expect(again.statusCode).toBe(403);
    expect(again.json().code).toBe('AUTH_USER_DISABLED');
  });

  it('logout ends the session; an expired session is not accepted', async () => {
    const { admin } = await makeCompany(handle.db, clock);
    const cookie = await loginAs(app, admin.username);
    const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(401);

    const cookie2 = await loginAs(app, admin.username);
    clock.advance(13 * 3_600_000); // default TTL 12 h
    expect((await app.inject({ url: '/api/v1/me', headers: { cookie: cookie2 } })).statusCode).toBe(401);
  });

  it('changes the password: the old one stops working, other sessions end', async () => {
    const { admin } = await makeCompany(handle.db, clock);
    const a = await loginAs(app, admin.username);
    const b = await loginAs(app, admin.username);
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: a },
      payload: { currentPassword: 'wrong-one', newPassword: 'new-pass-456' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].field).toBe('currentPassword');
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: a },
      payload: { currentPassword: PASSWORD, newPassword: 'new-pass-456' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/v1/me', headers: { cookie: a } })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/v1/me', headers: { cookie: b } })).statusCode).toBe(401);
    expect((await login(admin.username, PASSWORD)).statusCode).toBe(401);
    expect((await login(admin.username, 'new-pass-456')).statusCode).toBe(200);
  });

  it('stores only a hash of the password (argon2id)', async () => {
    const { admin } = await makeCompany(handle.db, clock);
    const { findUser } = await import('../../src/modules/org/index.ts');
    const row = await findUser(handle.db, admin.companyId, admin.userId);
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row!.passwordHash).not.toContain(PASSWORD);
  });
});
