import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.ts';
import { auditLog } from '../../src/db/schema/platform.ts';
import { workers } from '../../src/db/schema/workers.ts';
import { loginAs, makeApp } from '../support/app.ts';
import { openTestDb } from '../support/db.ts';
import { makeCompany, makeStore, makeUser, testClock } from '../support/factories.ts';
import { makeIdNumber } from '../support/id-numbers.ts';

let handle: DbHandle;
let app: FastifyInstance;
const clock = testClock(new Date('2026-12-04T02:00:00Z'));

beforeAll(async () => {
  handle = await openTestDb();
  app = await makeApp(handle, clock);
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

let seq = 0;
async function setup() {
  const { admin, ctx } = await makeCompany(handle.db, clock);
  const storeA = await makeStore(ctx);
  const storeB = await makeStore(ctx);
  const cookie = await loginAs(app, admin.username);
  const skills = (await app.inject({ url: '/api/v1/skills', headers: { cookie } })).json().items as {
    id: string;
    name: string;
  }[];
  const skill = (name: string) => skills.find((s) => s.name === name)!.id;
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, c = cookie) =>
    app.inject({ method, url: `/api/v1${url}`, headers: { cookie: c }, ...(payload ? { payload } : {}) });
  const body = (over: Record<string, unknown> = {}) => {
    seq++;
    return {
      storeId: storeA.id,
      name: '刘春梅',
      gender: 'female',
      idNumber: makeIdNumber('411502', '1985-03-15', String(100 + (seq % 900))),
      nativePlace: '河南信阳',
      phone: `1380000${String(1000 + seq)}`,
      education: 'junior',
      homeDistrict: '朝阳区',
      employmentModel: 'employee',
      skills: [{ skillId: skill('保洁'), level: 3 }],
      ...over,
    };
  };
  return { admin, ctx, storeA, storeB, cookie, skill, call, body };
}

describe('worker files', () => {
  it('opens a file with the birth date from the ID number, masks contact data and audits it', async () => {
    const { call, body, admin } = await setup();
    const input = body({ bankAccount: '6222020000000012345' });
    const res = await call('POST', '/workers', input);
    expect(res.statusCode).toBe(201);
    const w = res.json();
    expect(w).toMatchObject({ birthDate: '1985-03-15', status: 'available', tier: null, age: 41 });
    expect(w.phone).toBe(`${input.phone.slice(0, 3)}****${input.phone.slice(-4)}`);
    expect(w.idNumber).toBe(`${input.idNumber.slice(0, 4)}**********${input.idNumber.slice(-4)}`);
    expect(w.bankAccount).toBe('**** 2345');
    expect(res.body).not.toContain(input.idNumber);
    const [row] = await handle.db.select().from(workers).where(eq(workers.id, w.id));
    expect(row!.idNumberEnc).not.toContain(input.idNumber);
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.entityId, w.id));
    expect(audit.map((a) => a.action)).toEqual(['worker.create']);
    expect(JSON.stringify(audit)).not.toContain(input.phone);
    expect(admin.companyId).toBe(row!.companyId);
  });

  it('rejects bad input with 422 naming the field in Chinese, writing nothing', async () => {
    const { call, body, admin } = await setup();
    const before = (await handle.db.select().from(workers).where(eq(workers.companyId, admin.companyId)))
      .length;
    const bad = await call(
      'POST',
      '/workers',
      body({ idNumber: '411502198503151001', phone: '12345', education: '博士' }),
    );
    expect(bad.statusCode).toBe(422);
    const fields = bad.json().errors.map((e: { field: string; label: string }) => `${e.field}:${e.label}`);
    expect(fields).toEqual(expect.arrayContaining(['idNumber:身份证号', 'phone:手机号', 'education:学历']));
    const unknownSkill = await call(
      'POST',
      '/workers',
      body({ skills: [{ skillId: 'skl_nope', level: 1 }] }),
    );
    expect(unknownSkill.statusCode).toBe(422);
    expect(unknownSkill.json().errors[0].field).toBe('skills');
    const w = (await call('POST', '/workers', body())).json();
    const dates = await call('POST', `/workers/${w.id}/certificates`, {
      kind: 'skill',
      name: '保洁员证',
      number: 'C1',
      issuer: '人社局',
      issuedOn: '2026-05-01',
      expiresOn: '2026-04-01',
    });
    expect(dates.statusCode).toBe(422);
    expect(dates.json().errors[0]).toMatchObject({ field: 'expiresOn' });
    const after = (await handle.db.select().from(workers).where(eq(workers.companyId, admin.companyId)))
      .length;
    expect(after).toBe(before + 1);
  });

  it('refuses a duplicate phone or ID number with 409', async () => {
    const { call, body } = await setup();
    const first = body();
    expect((await call('POST', '/workers', first)).statusCode).toBe(201);
    const samePhone = await call('POST', '/workers', body({ phone: first.phone }));
    expect(samePhone.statusCode).toBe(409);
    expect(samePhone.json().errors[0].field).toBe('phone');
    const sameId = await call('POST', '/workers', body({ idNumber: first.idNumber }));
    expect(sameId.json().errors[0].field).toBe('idNumber');
  });

  it('derives trust: red until identity is verified, yellow naming an expiring check, green when all valid', async () => {
    const { call, body } = await setup();
    const w = (await call('POST', '/workers', body())).json();
    expect(w.trust).toMatchObject({ level: 'red' });
    expect(w.trust.reasons).toContain('身份未核验');
    await call('POST', `/workers/${w.id}/verify-identity`);
    await call('POST', `/workers/${w.id}/background-checks`, {
      checkedOn: '2026-10-01',
      expiresOn: '2027-10-01',
      result: 'clear',
    });
    await call('POST', `/workers/${w.id}/insurance`, {
      kind: 'accident',
      insurer: '人寿',
      policyNumber: 'P1',
      startsOn: '2026-01-01',
      endsOn: '2027-06-30',
    });
    const yellow = (
      await call('POST', `/workers/${w.id}/health-checks`, {
        checkedOn: '2025-12-10',
        expiresOn: '2026-12-20',
        result: 'pass',
      })
    ).json();
    expect(yellow.trust).toEqual({ level: 'yellow', reasons: ['健康证 2026-12-20 即将到期'] });
    const green = (
      await call('POST', `/workers/${w.id}/health-checks`, {
        checkedOn: '2026-12-01',
        expiresOn: '2027-12-01',
        result: 'pass',
      })
    ).json();
    expect(green.trust.level).toBe('green');
    const red = (
      await call('POST', `/workers/${w.id}/incidents`, {
        kind: 'complaint',
        blocking: true,
        description: '客户投诉',
        occurredAt: '2026-12-03T10:00:00+08:00',
      })
    ).json();
    expect(red.trust.level).toBe('red');
    const incident = red.incidents[0].id;
    expect((await call('POST', `/workers/${w.id}/incidents/${incident}/resolve`)).json().trust.level).toBe(
      'green',
    );
    const list = await call('GET', '/workers?trust=green');
    expect(list.json().items.map((x: { id: string }) => x.id)).toContain(w.id);
    expect(
      (await call('GET', '/workers?trust=red')).json().items.map((x: { id: string }) => x.id),
    ).not.toContain(w.id);
  });

  it('grants a tier only when age and education allow it, and says what is missing', async () => {
    const { call, body } = await setup();
    const w = (
      await call('POST', '/workers', body({ idNumber: makeIdNumber('411502', '1978-01-01', '555') }))
    ).json();
    const refused = await call('POST', `/workers/${w.id}/tier`, { tier: 'middle' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0].message).toContain('年龄 16–45 岁（实际：48 岁）');
    const young = (await call('POST', '/workers', body({ education: 'senior' }))).json();
    const granted = await call('POST', `/workers/${young.id}/tier`, { tier: 'senior_a' });
    expect(granted.statusCode).toBe(200);
    expect(granted.json().tier).toBe('senior_a');
    const check = granted.json().tierChecks.find((t: { tier: string }) => t.tier === 'senior_a');
    expect(check.checks.find((c: { requirement: string }) => c.requirement === '技能：病患陪护').met).toBe(
      false,
    );
  });

  it('filters by skill, tier, store, expiring; store-scoped managers see only their store (404 outside)', async () => {
    const { call, body, storeA, storeB, ctx, skill } = await setup();
    const a = (
      await call('POST', '/workers', body({ skills: [{ skillId: skill('做饭'), level: 2 }] }))
    ).json();
    const b = (await call('POST', '/workers', body({ storeId: storeB.id }))).json();
    await call('POST', `/workers/${a.id}/certificates`, {
      kind: 'health',
      name: '健康证',
      number: 'H1',
      issuer: '疾控',
      issuedOn: '2025-12-10',
      expiresOn: '2026-12-14',
    });
    const ids = async (q: string) =>
      (await call('GET', `/workers?${q}`)).json().items.map((x: { id: string }) => x.id);
    expect(await ids(`skillId=${skill('做饭')}`)).toEqual([a.id]);
    expect(await ids(`storeId=${storeB.id}`)).toEqual([b.id]);
    expect(await ids('expiring=1')).toEqual([a.id]);
    const queue = (await call('GET', '/workers/expiring')).json().items;
    expect(queue).toContainEqual(
      expect.objectContaining({ workerId: a.id, what: 'certificate', name: '健康证', daysLeft: 10 }),
    );
    const manager = await makeUser(ctx, 'store_manager', storeA.id);
    const mc = await loginAs(app, manager.username);
    expect(
      (await call('GET', '/workers', undefined, mc)).json().items.map((x: { id: string }) => x.id),
    ).toEqual([a.id]);
    expect((await call('GET', `/workers/${b.id}`, undefined, mc)).statusCode).toBe(404);
  });

  it('blacklisting keeps the file, records the incident, and is final', async () => {
    const { call, body } = await setup();
    const w = (await call('POST', '/workers', body())).json();
    const res = await call('POST', `/workers/${w.id}/blacklist`, { reason: '私下收费' });
    expect(res.json()).toMatchObject({ status: 'blacklisted', statusReason: '私下收费' });
    expect(res.json().incidents[0]).toMatchObject({ kind: 'blacklist', blocking: true });
    expect(res.json().trust.level).toBe('red');
    const back = await call('POST', `/workers/${w.id}/status`, { status: 'available' });
    expect(back.statusCode).toBe(409);
    expect((await call('GET', `/workers/${w.id}`)).statusCode).toBe(200);
  });

  it('reveals full contact data only with permission, and audits it', async () => {
    const { call, body, ctx, storeA } = await setup();
    const input = body();
    const w = (await call('POST', '/workers', input)).json();
    const revealed = await call('POST', `/workers/${w.id}/reveal`);
    expect(revealed.json()).toMatchObject({ phone: input.phone, idNumber: input.idNumber });
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.entityId, w.id));
    expect(audit.map((a) => a.action)).toContain('worker.reveal');
    const dispatcher = await makeUser(ctx, 'dispatcher', storeA.id);
    const dc = await loginAs(app, dispatcher.username);
    expect((await call('POST', `/workers/${w.id}/reveal`, undefined, dc)).statusCode).toBe(403);
    expect((await call('GET', `/workers/${w.id}`, undefined, dc)).json().phone).toContain('****');
  });

  it('shows customers the board: available, not red, no contact data', async () => {
    const { call, body, ctx } = await setup();
    const w = (await call('POST', '/workers', body())).json();
    const customer = await makeUser(ctx, 'customer');
    const cc = await loginAs(app, customer.username);
    expect((await call('GET', '/board/workers', undefined, cc)).json().items).toEqual([]); // red: not verified
    await call('POST', `/workers/${w.id}/verify-identity`);
    const board = await call('GET', '/board/workers', undefined, cc);
    expect(board.json().items).toEqual([
      expect.objectContaining({ id: w.id, displayName: '刘阿姨', ageRange: '40–44岁', trust: 'yellow' }),
    ]);
    expect(board.body).not.toMatch(/1380000\d{4}|411502/);
    expect((await call('GET', '/workers', undefined, cc)).statusCode).toBe(403);
    const pub = await app.inject({ url: `/api/v1/public/${ctx.actor.companyId}/board/workers` });
    expect(pub.statusCode).toBe(404); // the company has not opened its board to the public
    const opened = await call('PATCH', '/company', { publicBoard: true });
    expect(opened.json().publicBoard).toBe(true);
    const pub2 = await app.inject({ url: `/api/v1/public/${ctx.actor.companyId}/board/workers` });
    expect(pub2.statusCode).toBe(200);
    expect(pub2.json().items.map((c: { id: string }) => c.id)).toEqual([w.id]);
    expect(pub2.body).not.toMatch(/1380000\d{4}|411502/);
    expect((await call('PATCH', '/company', { publicBoard: false }, cc)).statusCode).toBe(403);
  });
});
