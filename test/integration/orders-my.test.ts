import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.ts';
import { orders } from '../../src/db/schema/orders.ts';
import { loadDemoCatalog } from '../../src/demo/demo-catalog.ts';
import { createCustomer } from '../../src/modules/customers/create-customer.ts';
import { linkCustomerUser } from '../../src/modules/customers/link-customer-user.ts';
import { loginAs, makeApp } from '../support/app.ts';
import { openTestDb } from '../support/db.ts';
import { makeCompany, makeStore, makeUser, testClock } from '../support/factories.ts';

let handle: DbHandle;
let app: FastifyInstance;
const clock = testClock(new Date('2026-12-04T02:00:00Z')); // 2026-12-04 10:00 in Shanghai

beforeAll(async () => {
  handle = await openTestDb();
  app = await makeApp(handle, clock);
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const PHONE = /(?<!\d)1\d{10}(?!\d)/;
const address = (community: string) => ({
  province: '北京市',
  city: '北京市',
  district: '朝阳区',
  community,
  detail: '3号楼2单元501',
});

async function setup() {
  const { admin, ctx } = await makeCompany(handle.db, clock);
  const store = await makeStore(ctx);
  const agent = await makeUser(ctx, 'agent', null, '13500007777');
  const herUser = await makeUser(ctx, 'customer', null, '13700001111');
  const otherUser = await makeUser(ctx, 'customer', null, '13700002222');
  const ids = await loadDemoCatalog(ctx);
  const her = await createCustomer(ctx, {
    name: '赵雅琴',
    phones: ['13611112222'],
    sourceChannel: 'online',
    addresses: [address('团结湖小区')],
  });
  const other = await createCustomer(ctx, {
    name: '钱立新',
    phones: ['13633334444'],
    sourceChannel: 'online',
    addresses: [address('农光里')],
  });
  await linkCustomerUser(ctx, her.id, herUser.id);
  await linkCustomerUser(ctx, other.id, otherUser.id);
  const [agentCookie, herCookie, otherCookie] = await Promise.all([
    loginAs(app, agent.username),
    loginAs(app, herUser.username),
    loginAs(app, otherUser.username),
  ]);
  const as =
    (cookie: string) =>
    (method: 'GET' | 'POST', url: string, payload?: object, headers: Record<string, string> = {}) =>
      app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { cookie, ...headers },
        ...(payload ? { payload } : {}),
      });
  const booking = (over: Record<string, unknown> = {}) => ({
    serviceTypeId: ids.daily_cleaning!,
    windowStart: '2026-12-06T01:00:00Z',
    windowEnd: '2026-12-06T04:00:00Z',
    addressId: her.addresses[0]!.id,
    quantity: 3,
    notes: '家里有猫',
    ...over,
  });
  const ordersOf = async (customerId: string) =>
    handle.db.select().from(orders).where(eq(orders.customerId, customerId));
  return {
    admin,
    store,
    agent,
    her,
    other,
    ids,
    agent$: as(agentCookie),
    her$: as(herCookie),
    other$: as(otherCookie),
    booking,
    ordersOf,
  };
}

describe('the customer books online and follows her orders (R1, SPEC §5)', () => {
  it('books with the instant price; the order is hers, online, unrouted and in her list', async () => {
    const s = await setup();
    const res = await s.her$('POST', '/my/orders', s.booking());
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      status: 'inquiry',
      statusLabel: '咨询',
      channel: 'online',
      mode: 'visit',
      serviceName: '日常保洁',
      quantity: 3,
      district: '朝阳区',
      quote: null,
      contract: null,
    });
    expect(body.price.totalFen).toBeGreaterThan(0);
    expect(body.price.lines.reduce((sum: number, l: { amountFen: number }) => sum + l.amountFen, 0)).toBe(
      body.price.totalFen,
    );
    expect(body.bookedPrice).toMatchObject({ totalFen: body.price.totalFen });
    expect(body.timeline.map((e: { action: string }) => e.action)).toEqual(['create']);
    expect(JSON.stringify(body)).not.toMatch(PHONE);
    expect(JSON.stringify(body)).not.toContain('家里有猫'); // her note goes to staff; not echoed back

    const [row] = await s.ordersOf(s.her.id);
    expect(row).toMatchObject({
      id: body.id,
      channel: 'online',
      routing: 'unrouted',
      storeId: null,
      status: 'inquiry',
      ownerAgentId: s.agent.id, // the company's first active agent owns online orders
      notes: '家里有猫',
    });

    const list = await s.her$('GET', '/my/orders');
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        id: body.id,
        statusLabel: '咨询',
        serviceName: '日常保洁',
        quoteTotalFen: null,
      }),
    ]);
    const page = (await s.her$('GET', '/my/orders?limit=1')).json();
    expect(page.nextCursor).toBeNull();

    // Staff confirm, route and quote it: she sees the quote, but not the routing inside the company.
    expect((await s.agent$('POST', `/orders/${body.id}/confirm`)).statusCode).toBe(200);
    expect((await s.agent$('POST', `/orders/${body.id}/route`, { storeId: s.store.id })).statusCode).toBe(
      200,
    );
    const quote = await s.agent$('POST', `/orders/${body.id}/quotes`, {});
    expect(quote.statusCode).toBe(201);
    const mine = await s.her$('GET', `/my/orders/${body.id}`);
    expect(mine.statusCode).toBe(200);
    const view = mine.json();
    expect(view.status).toBe('quoted');
    expect(view.quote).toMatchObject({
      id: quote.json().id,
      state: 'issued',
      totalFen: quote.json().totalFen,
    });
    expect(view.timeline.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'confirm',
      'issue_quote',
    ]);
    for (const e of view.timeline) expect(e).not.toHaveProperty('actorUserId');
    expect(JSON.stringify(view)).not.toMatch(PHONE);
    expect(JSON.stringify(view)).not.toContain(s.agent.id);
    expect((await s.her$('GET', '/my/orders')).json().items[0].quoteTotalFen).toBe(quote.json().totalFen);

    // …and accepts it through the existing quote route.
    const accepted = await s.her$('POST', `/my/quotes/${quote.json().id}/accept`, {});
    expect(accepted.statusCode).toBe(200);
    const after = (await s.her$('GET', `/my/orders/${body.id}`)).json();
    expect(after.quote.state).toBe('accepted');
    expect(after.timeline.at(-1)).toMatchObject({ action: 'quote_accept', label: '您已接受报价' });
  });

  it('another customer gets 404 for her order and sees only her own list', async () => {
    const s = await setup();
    const id = (await s.her$('POST', '/my/orders', s.booking())).json().id;
    expect((await s.other$('GET', `/my/orders/${id}`)).statusCode).toBe(404);
    expect((await s.other$('GET', `/my/orders/${id}/quotes`)).statusCode).toBe(404);
    expect((await s.other$('GET', '/my/orders')).json().items).toEqual([]);
    expect((await s.her$('GET', '/my/orders/ord_nope')).statusCode).toBe(404);
  });

  it('a window in the past answers 422 in Chinese and writes nothing', async () => {
    const s = await setup();
    const res = await s.her$(
      'POST',
      '/my/orders',
      s.booking({ windowStart: '2026-12-03T01:00:00Z', windowEnd: '2026-12-03T04:00:00Z' }),
    );
    expect(res.statusCode).toBe(422);
    expect(JSON.stringify(res.json())).toContain('上门时间不能早于现在');
    expect(await s.ordersOf(s.her.id)).toHaveLength(0);
  });

  it('only her own address, an active service and (for visits) a time are accepted', async () => {
    const s = await setup();
    const foreign = await s.her$('POST', '/my/orders', s.booking({ addressId: s.other.addresses[0]!.id }));
    expect(foreign.statusCode).toBe(422);
    expect(JSON.stringify(foreign.json())).toContain('请选择您本人的服务地址');
    const noTime = await s.her$('POST', '/my/orders', s.booking({ windowStart: null, windowEnd: null }));
    expect(noTime.statusCode).toBe(422);
    const unknown = await s.her$('POST', '/my/orders', s.booking({ serviceTypeId: 'svc_nope' }));
    expect(unknown.statusCode).toBe(422);
    expect(await s.ordersOf(s.her.id)).toHaveLength(0);
  });

  it('books a placement by start date with the instant first payment', async () => {
    const s = await setup();
    const res = await s.her$('POST', '/my/orders', {
      serviceTypeId: s.ids.nanny!,
      startDate: '2026-12-15',
      addressId: s.her.addresses[0]!.id,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ mode: 'placement', startDate: '2026-12-15', windowStart: null });
    expect(res.json().price.firstPaymentFen).toBeGreaterThan(0);
    const past = await s.her$('POST', '/my/orders', {
      serviceTypeId: s.ids.nanny!,
      startDate: '2026-12-01',
      addressId: s.her.addresses[0]!.id,
    });
    expect(past.statusCode).toBe(422);
  });

  it('a double submit with the same Idempotency-Key makes one order', async () => {
    const s = await setup();
    const key = { 'idempotency-key': 'book-once-123' };
    const first = await s.her$('POST', '/my/orders', s.booking(), key);
    const second = await s.her$('POST', '/my/orders', s.booking(), key);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().id).toBe(first.json().id);
    expect(await s.ordersOf(s.her.id)).toHaveLength(1);
  });

  it('staff cannot use the /my routes (403)', async () => {
    const s = await setup();
    const id = (await s.her$('POST', '/my/orders', s.booking())).json().id;
    expect((await s.agent$('POST', '/my/orders', s.booking())).statusCode).toBe(403);
    expect((await s.agent$('GET', '/my/orders')).statusCode).toBe(403);
    expect((await s.agent$('GET', `/my/orders/${id}`)).statusCode).toBe(403);
    expect(await s.ordersOf(s.her.id)).toHaveLength(1);
  });
});
