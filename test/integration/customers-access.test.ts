import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.ts';
import { customerMerges } from '../../src/db/schema/customers.ts';
import { auditLog } from '../../src/db/schema/platform.ts';
import { loginAs, makeApp } from '../support/app.ts';
import { openTestDb } from '../support/db.ts';
import { makeCompany, makeStore, makeUser, testClock } from '../support/factories.ts';

let handle: DbHandle;
let app: FastifyInstance;
const clock = testClock();
let companyId: string;
const cookies: Record<'admin' | 'agent' | 'dispatcher' | 'worker' | 'customer' | 'customer2', string> =
  {} as never;
let customerUserId: string;
let dispatcherUserId: string;

let seq = 0;
const run = String(Date.now() % 1e4).padStart(4, '0'); // PostgreSQL runs share one database
const nextPhone = () => `137${run}${String(++seq).padStart(4, '0')}`;
const ID_NUMBER = '11010519491231002X';
const addr = (community: string, detail: string, isDefault?: boolean) => ({
  province: '北京市',
  city: '北京市',
  district: '朝阳区',
  community,
  detail,
  isDefault,
});

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of responses, checked by the assertions
type Json = Record<string, any>;
const call = (who: keyof typeof cookies, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  app.inject({ method, url: `/api/v1${url}`, payload, headers: { cookie: cookies[who] } });

async function makeCustomer(over: Json = {}): Promise<Json> {
  const body = { name: '孙女士', phones: [nextPhone()], sourceChannel: 'call_center', ...over };
  const res = await call('agent', 'POST', '/customers', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const auditRows = (entityId?: string) =>
  handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.companyId, companyId), entityId ? eq(auditLog.entityId, entityId) : undefined))
    .orderBy(auditLog.id);

beforeAll(async () => {
  handle = await openTestDb();
  app = await makeApp(handle, clock);
  const { admin, ctx } = await makeCompany(handle.db, clock);
  companyId = admin.companyId;
  const store = await makeStore(ctx);
  const dispatcher = await makeUser(ctx, 'dispatcher', store.id);
  const customer = await makeUser(ctx, 'customer');
  dispatcherUserId = dispatcher.id;
  customerUserId = customer.id;
  cookies.admin = await loginAs(app, admin.username);
  cookies.agent = await loginAs(app, (await makeUser(ctx, 'agent')).username);
  cookies.dispatcher = await loginAs(app, dispatcher.username);
  cookies.worker = await loginAs(app, (await makeUser(ctx, 'worker', store.id)).username);
  cookies.customer = await loginAs(app, customer.username);
  cookies.customer2 = await loginAs(app, (await makeUser(ctx, 'customer')).username);
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe('customer privacy and access', () => {
  it('reveals full numbers only to customer.reveal, audited; the dispatcher sees masks (R16)', async () => {
    const phone = nextPhone();
    const c = await makeCustomer({ phones: [phone], idNumber: ID_NUMBER });
    const seen = (await call('dispatcher', 'GET', `/customers/${c.id}`)).json();
    expect(seen.phones).toEqual([{ phone: `${phone.slice(0, 3)}****${phone.slice(-4)}`, isPrimary: true }]);
    expect(seen.idNumberMasked).toBe('1101**********002X');
    expect((await call('dispatcher', 'POST', `/customers/${c.id}/reveal-phone`)).statusCode).toBe(403);
    expect((await call('dispatcher', 'POST', `/customers/${c.id}/reveal-id-number`)).statusCode).toBe(403);
    expect((await call('dispatcher', 'PATCH', `/customers/${c.id}`, { name: 'x' })).statusCode).toBe(403);

    const reveal = await call('agent', 'POST', `/customers/${c.id}/reveal-phone`);
    expect(reveal.json()).toEqual({ phones: [{ phone, isPrimary: true }] });
    expect((await call('agent', 'POST', `/customers/${c.id}/reveal-id-number`)).json()).toEqual({
      idNumber: ID_NUMBER,
    });
    const rows = await auditRows(c.id);
    expect(rows.map((r) => r.action)).toEqual([
      'customer.create',
      'customer.reveal_phone',
      'customer.reveal_id_number',
    ]);
    expect(rows[1]!.payload).toEqual({ phones: [`${phone.slice(0, 3)}****${phone.slice(-4)}`] });
    expect(rows[2]!.payload).toEqual({ idNumberMasked: '1101**********002X' });
    const none = await makeCustomer();
    expect((await call('agent', 'POST', `/customers/${none.id}/reveal-id-number`)).statusCode).toBe(409);
  });

  it('merges a duplicate into the target keeping history; the source is hidden but readable', async () => {
    const shared = nextPhone();
    const [own, extra] = [nextPhone(), nextPhone()];
    const target = await makeCustomer({
      name: '周',
      phones: [own, shared],
      tags: ['老客户'],
      addresses: [addr('甲小区', '1-101')],
    });
    const source = await makeCustomer({
      name: '周女士',
      phones: [extra, shared],
      allowDuplicate: true,
      idNumber: ID_NUMBER,
      tags: ['老客户', '育儿嫂'],
      household: { members: 3, pets: '狗' },
      addresses: [addr('乙小区', '2-202', true)],
    });
    expect(
      (await call('agent', 'POST', `/customers/${source.id}/merge`, { targetId: target.id })).statusCode,
    ).toBe(403);
    const merged = await call('admin', 'POST', `/customers/${source.id}/merge`, { targetId: target.id });
    expect(merged.statusCode, merged.body).toBe(200);
    const t = merged.json();
    expect(t.id).toBe(target.id);
    expect(t.phones.map((p: Json) => [p.phone.slice(-4), p.isPrimary])).toEqual([
      [own.slice(-4), true],
      [shared.slice(-4), false],
      [extra.slice(-4), false],
    ]);
    expect(t.addresses.map((a: Json) => [a.community, a.isDefault])).toEqual([
      ['甲小区', true],
      ['乙小区', false],
    ]);
    expect(t.tags).toEqual(['老客户', '育儿嫂']);
    expect(t).toMatchObject({
      hasIdNumber: true,
      idNumberMasked: '1101**********002X',
      household: { members: 3, pets: '狗' },
    });

    const list = (await call('agent', 'GET', `/customers?phone=${shared}`))
      .json()
      .items.map((c: Json) => c.id);
    expect(list).toEqual([target.id]);
    const dupes = (await call('agent', 'GET', `/customers/duplicates?phone=${extra}`)).json().items;
    expect(dupes.map((d: Json) => d.id)).toEqual([target.id]);
    const src = (await call('agent', 'GET', `/customers/${source.id}`)).json();
    expect(src).toMatchObject({ mergedIntoId: target.id, phones: [], addresses: [] });
    const [m] = await handle.db.select().from(customerMerges).where(eq(customerMerges.sourceId, source.id));
    expect(m).toMatchObject({ targetId: target.id, mergedBy: expect.stringMatching(/^usr_/) });
    for (const id of [source.id, target.id]) {
      const row = (await auditRows(id)).find((r) => r.action === 'customer.merge');
      expect(row?.payload).toMatchObject({ sourceId: source.id, targetId: target.id, tagsAdded: ['育儿嫂'] });
    }
    for (const [from, to] of [
      [source.id, target.id],
      [target.id, source.id],
      [target.id, target.id],
    ]) {
      const again = await call('admin', 'POST', `/customers/${from}/merge`, { targetId: to });
      expect(again.json().code).toBe('INVALID_STATE');
    }
    expect((await call('agent', 'PATCH', `/customers/${source.id}`, { name: '改' })).statusCode).toBe(409);
  });

  it('lets a customer read only her own file, in the owner view', async () => {
    const phone = nextPhone();
    const c = await makeCustomer({
      phones: [phone],
      tags: ['难缠'],
      notes: '内部备注',
      addresses: [addr('丙小区', '5-505')],
    });
    const wrong = await call('agent', 'POST', `/customers/${c.id}/link-user`, { userId: dispatcherUserId });
    expect(wrong.json().errors[0].field).toBe('userId');
    expect((await call('customer', 'GET', '/me/customer')).statusCode).toBe(404);
    expect(
      (await call('agent', 'POST', `/customers/${c.id}/link-user`, { userId: customerUserId })).statusCode,
    ).toBe(200);
    await call('agent', 'POST', `/customers/${c.id}/blacklist`, { reason: '测试' });
    const me = await call('customer', 'GET', '/me/customer');
    expect(me.statusCode).toBe(200);
    const view = me.json();
    expect(view).toMatchObject({ id: c.id, phones: [{ phone, isPrimary: true }] });
    expect(view.addresses[0]).toMatchObject({ community: '丙小区', detail: '5-505' });
    for (const key of ['tags', 'notes', 'blacklisted', 'blacklistReason', 'mergedIntoId', 'userId'])
      expect(view).not.toHaveProperty(key);
    expect((await call('customer2', 'GET', '/me/customer')).statusCode).toBe(404);
    for (const url of ['/customers', `/customers/${c.id}`, `/customers/duplicates?phone=${phone}`]) {
      expect((await call('customer', 'GET', url)).statusCode, url).toBe(403);
    }
    expect((await call('customer', 'POST', `/customers/${c.id}/reveal-phone`)).statusCode).toBe(403);
    expect((await call('agent', 'GET', '/me/customer')).statusCode).toBe(403);
    const other = await makeCustomer();
    const taken = await call('agent', 'POST', `/customers/${other.id}/link-user`, { userId: customerUserId });
    expect(taken.json().code).toBe('CONFLICT');
  });

  it('refuses a worker every customers route (403)', async () => {
    const c = await makeCustomer();
    const routes: ['GET' | 'POST' | 'PATCH', string, object?][] = [
      ['GET', '/customers'],
      ['GET', `/customers/${c.id}`],
      ['GET', `/customers/duplicates?phone=${nextPhone()}`],
      ['POST', '/customers', { name: 'x', phones: [nextPhone()], sourceChannel: 'phone' }],
      ['PATCH', `/customers/${c.id}`, { name: 'x' }],
      ['POST', `/customers/${c.id}/phones`, { phone: nextPhone() }],
      ['POST', `/customers/${c.id}/addresses`, addr('丁', '1')],
      ['POST', `/customers/${c.id}/blacklist`, { reason: 'x' }],
      ['POST', `/customers/${c.id}/reveal-phone`],
      ['POST', `/customers/${c.id}/merge`, { targetId: c.id }],
      ['POST', `/customers/${c.id}/link-user`, { userId: customerUserId }],
      ['GET', '/me/customer'],
    ];
    for (const [method, url, body] of routes)
      expect((await call('worker', method, url, body)).statusCode, url).toBe(403);
  });

  it('audits every write, never with a full phone, ID number or detailed address', async () => {
    const [p1, p2, p3] = [nextPhone(), nextPhone(), nextPhone()];
    const detail = '望京SOHO塔3-1808室';
    const c = await makeCustomer({
      phones: [p1],
      idNumber: ID_NUMBER,
      notes: `备用 ${p3}，证件 ${ID_NUMBER}`,
      addresses: [addr('戊小区', detail)],
    });
    const addressId = c.addresses[0].id;
    const before = (await auditRows(c.id)).length;
    const writes: ['POST' | 'PATCH', string, object?][] = [
      ['PATCH', `/customers/${c.id}`, { notes: `换号 ${p2}`, household: { specialNeeds: `门禁找 ${p3}` } }],
      ['POST', `/customers/${c.id}/phones`, { phone: p2 }],
      ['POST', `/customers/${c.id}/phones`, { phone: p2, isPrimary: true }],
      ['POST', `/customers/${c.id}/phones/remove`, { phone: p1 }],
      [
        'POST',
        `/customers/${c.id}/addresses`,
        { ...addr('己小区', `${detail}B`), accessNotes: '密码 1234#' },
      ],
      ['PATCH', `/customers/${c.id}/addresses/${addressId}`, { detail: `${detail}C`, isDefault: true }],
      ['POST', `/customers/${c.id}/addresses/${addressId}/remove`],
      ['POST', `/customers/${c.id}/blacklist`, { reason: `骚扰 ${p1}` }],
      ['POST', `/customers/${c.id}/unblacklist`, { reason: '误会' }],
      ['POST', `/customers/${c.id}/link-user`, { userId: null }],
      ['POST', `/customers/${c.id}/reveal-phone`],
      ['POST', `/customers/${c.id}/reveal-id-number`],
    ];
    for (const [method, url, body] of writes) {
      const res = await call('admin', method, url, body);
      expect(res.statusCode, `${url} ${res.body}`).toBe(200);
    }
    const rows = await auditRows(c.id);
    // link-user with the value it already has changes nothing and writes nothing.
    expect(rows.length - before).toBe(writes.length - 1);
    expect(rows.map((r) => r.action)).toContain('customer.address_update');
    const text = JSON.stringify(rows.map((r) => r.payload));
    for (const secret of [p1, p2, p3, ID_NUMBER, detail, '1234#']) expect(text).not.toContain(secret);
    expect(text).toContain('"detailChanged":true');
    expect(text).toContain('戊小区');
  });
});
