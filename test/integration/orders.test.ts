import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.ts';
import { callbacks, orderEvents, orders } from '../../src/db/schema/orders.ts';
import { auditLog } from '../../src/db/schema/platform.ts';
import { loadDemoCatalog } from '../../src/demo/demo-catalog.ts';
import { createCustomer } from '../../src/modules/customers/create-customer.ts';
import { loginAs, makeApp } from '../support/app.ts';
import { openTestDb } from '../support/db.ts';
import { makeCompany, makeStore, makeUser, testClock } from '../support/factories.ts';

let handle: DbHandle;
let app: FastifyInstance;
const clock = testClock(new Date('2026-12-04T02:00:00Z')); // 2026-12-04 10:00 in Shanghai
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

beforeAll(async () => {
  handle = await openTestDb();
  app = await makeApp(handle, clock);
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

type Method = 'GET' | 'POST';
const at = (hoursFromNow: number) => new Date(clock.now().getTime() + hoursFromNow * HOUR).toISOString();

async function setup() {
  const { admin, ctx } = await makeCompany(handle.db, clock);
  const services = await loadDemoCatalog(ctx);
  const chaoyang = await makeStore(ctx, { name: '朝阳门店' });
  const haidian = await makeStore(ctx, { name: '海淀门店' });
  const agent = await makeUser(ctx, 'agent');
  const agent2 = await makeUser(ctx, 'agent');
  const cyManager = await makeUser(ctx, 'store_manager', chaoyang.id);
  const hdManager = await makeUser(ctx, 'store_manager', haidian.id);
  const customer = await createCustomer(ctx, {
    name: '李女士',
    phones: ['13900001111'],
    sourceChannel: 'phone',
    household: { areaM2: 90, members: 3, pets: '猫' },
    addresses: [
      { province: '北京市', city: '北京市', district: '朝阳区', community: '望京花园', detail: '3号楼 1201' },
    ],
  });
  const other = await createCustomer(ctx, {
    name: '王先生',
    phones: ['13900002222'],
    sourceChannel: 'walk_in',
    addresses: [
      {
        province: '北京市',
        city: '北京市',
        district: '海淀区',
        community: '中关村小区',
        detail: '1号楼 101',
      },
    ],
  });
  const cookies = {
    agent: await loginAs(app, agent.username),
    agent2: await loginAs(app, agent2.username),
    cy: await loginAs(app, cyManager.username),
    hd: await loginAs(app, hdManager.username),
    admin: await loginAs(app, admin.username),
  };
  const call = (who: keyof typeof cookies, method: Method, url: string, payload?: object, headers = {}) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: cookies[who], ...headers },
      ...(payload ? { payload } : {}),
    });
  const relogin = async () => {
    cookies.agent = await loginAs(app, agent.username);
    cookies.cy = await loginAs(app, cyManager.username);
    cookies.hd = await loginAs(app, hdManager.username);
  };
  const booking = (over: object = {}) => ({
    customerId: customer.id,
    serviceTypeId: services.daily_cleaning!,
    channel: 'phone',
    windowStart: at(48),
    windowEnd: at(51),
    quantity: 3,
    addressId: customer.addresses[0]!.id,
    ...over,
  });
  const newOrder = async (over: object = {}, who: keyof typeof cookies = 'agent') => {
    const res = await call(who, 'POST', '/orders', booking(over));
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; status: string; routing: string; storeId: string | null };
  };
  return {
    admin,
    ctx,
    services,
    chaoyang,
    haidian,
    agent,
    agent2,
    cyManager,
    hdManager,
    customer,
    other,
    call,
    relogin,
    booking,
    newOrder,
  };
}

describe('creating an order (R1, R2, R5, R7)', () => {
  it('takes a phone order: snapshot of address and household, owner = caller, callback scheduled', async () => {
    const s = await setup();
    const res = await s.call(
      'agent',
      'POST',
      '/orders',
      s.booking({ callbackInDays: 3, notes: '要带清洁剂' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const o = res.json();
    expect(o).toMatchObject({
      status: 'inquiry',
      mode: 'visit',
      channel: 'phone',
      routing: 'unrouted',
      storeId: null,
      ownerAgentId: s.agent.id,
      customerName: '李女士',
      serviceName: '日常保洁',
      district: '朝阳区',
      community: '望京花园',
      household: { areaM2: 90, members: 3, pets: '猫' },
    });
    expect(o.customerPhone).not.toContain('13900001111');
    expect(JSON.stringify(o)).not.toContain('1201'); // the detailed address stays on the customer file
    expect(o.actions).toContain('confirm');
    expect(o.actions).toContain('cancel');
    expect(o.timeline.map((e: { action: string }) => e.action)).toEqual(['create', 'callback_schedule']);
    expect(o.callbacks).toHaveLength(1);
    expect(o.callbacks[0]).toMatchObject({ ownerUserId: s.agent.id, dueOn: '2026-12-07', state: 'open' });
    const audits = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.companyId, s.admin.companyId), eq(auditLog.entityId, o.id)));
    expect(audits.map((a) => a.action)).toEqual(['order.create']);
    // A placement takes its mode from the service type; an on-site referral names the team member.
    const p = await s.call(
      'agent',
      'POST',
      '/orders',
      s.booking({
        serviceTypeId: s.services.nanny,
        channel: 'referral',
        referredBy: s.cyManager.id,
        windowStart: undefined,
        windowEnd: undefined,
        startDate: '2026-12-20',
      }),
    );
    expect(p.statusCode, p.body).toBe(201);
    expect(p.json()).toMatchObject({ mode: 'placement', startDate: '2026-12-20', windowStart: null });
  });

  it('refuses a start in the past (422) and writes nothing; an address of another customer is refused', async () => {
    const s = await setup();
    const past = await s.call(
      'agent',
      'POST',
      '/orders',
      s.booking({ windowStart: at(-1), windowEnd: at(2) }),
    );
    expect(past.statusCode).toBe(422);
    expect(past.json().errors[0]).toMatchObject({ field: 'windowStart', message: '开始时间不能早于现在' });
    const pastDate = await s.call(
      'agent',
      'POST',
      '/orders',
      s.booking({
        serviceTypeId: s.services.nanny,
        windowStart: null,
        windowEnd: null,
        startDate: '2026-12-01',
      }),
    );
    expect(pastDate.statusCode).toBe(422);
    const foreign = await s.call(
      'agent',
      'POST',
      '/orders',
      s.booking({ addressId: s.other.addresses[0]!.id }),
    );
    expect(foreign.statusCode).toBe(422);
    const rows = await handle.db.select().from(orders).where(eq(orders.companyId, s.admin.companyId));
    expect(rows).toHaveLength(0);
  });

  it('a double-submitted booking with the same Idempotency-Key creates one order', async () => {
    const s = await setup();
    const headers = { 'idempotency-key': 'booking-1' };
    const first = await s.call('agent', 'POST', '/orders', s.booking(), headers);
    const second = await s.call('agent', 'POST', '/orders', s.booking(), headers);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json().id).toBe(first.json().id);
    const rows = await handle.db.select().from(orders).where(eq(orders.companyId, s.admin.companyId));
    expect(rows).toHaveLength(1);
  });

  it('customers and workers cannot reach staff order endpoints', async () => {
    const s = await setup();
    const worker = await makeUser(s.ctx, 'worker', s.chaoyang.id);
    const cookie = await loginAs(app, worker.username);
    const res = await app.inject({ method: 'GET', url: '/api/v1/orders', headers: { cookie } });
    expect(res.statusCode).toBe(403);
  });
});

describe('routing (R3)', () => {
  it('routes to a store whose manager must accept; another store sees 404; accepting twice is 409', async () => {
    const s = await setup();
    const o = await s.newOrder();
    // Before routing no store sees it.
    expect((await s.call('cy', 'GET', `/orders/${o.id}`)).statusCode).toBe(404);
    const routed = await s.call('agent', 'POST', `/orders/${o.id}/route`, { storeId: s.chaoyang.id });
    expect(routed.statusCode, routed.body).toBe(200);
    expect(routed.json()).toMatchObject({
      routing: 'pending',
      storeId: s.chaoyang.id,
      storeName: '朝阳门店',
    });
    // A store manager cannot route (order.route is the call center's).
    expect((await s.call('cy', 'POST', `/orders/${o.id}/route`, { storeId: s.haidian.id })).statusCode).toBe(
      403,
    );
    // The inbox of 朝阳 shows it, 海淀's does not.
    const inbox = (await s.call('cy', 'GET', '/orders/inbox')).json().items.map((i: { id: string }) => i.id);
    expect(inbox).toContain(o.id);
    const hdInbox = (await s.call('hd', 'GET', '/orders/inbox'))
      .json()
      .items.map((i: { id: string }) => i.id);
    expect(hdInbox).not.toContain(o.id);
    expect((await s.call('hd', 'POST', `/orders/${o.id}/accept`)).statusCode).toBe(404);
    const accepted = await s.call('cy', 'POST', `/orders/${o.id}/accept`);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().routing).toBe('accepted');
    const again = await s.call('cy', 'POST', `/orders/${o.id}/accept`);
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('该订单已接单');
    // An accepted order cannot be routed again.
    expect(
      (await s.call('agent', 'POST', `/orders/${o.id}/route`, { storeId: s.haidian.id })).statusCode,
    ).toBe(409);
  });

  it('the store asks to clarify (no refusal), the call center re-routes', async () => {
    const s = await setup();
    const o = await s.newOrder();
    await s.call('agent', 'POST', `/orders/${o.id}/route`, { storeId: s.chaoyang.id });
    const clar = await s.call('cy', 'POST', `/orders/${o.id}/clarify`, {
      question: '客户家具体面积是多少？',
    });
    expect(clar.statusCode, clar.body).toBe(200);
    expect(clar.json().routing).toBe('clarifying');
    // R3: there is no way to refuse.
    expect((await s.call('cy', 'POST', `/orders/${o.id}/reject`)).statusCode).toBe(404);
    expect((await s.call('cy', 'POST', `/orders/${o.id}/accept`)).statusCode).toBe(409);
    const re = await s.call('agent', 'POST', `/orders/${o.id}/route`, { storeId: s.haidian.id });
    expect(re.statusCode).toBe(200);
    expect(re.json()).toMatchObject({ routing: 'pending', storeId: s.haidian.id });
    const ok = await s.call('hd', 'POST', `/orders/${o.id}/accept`);
    expect(ok.statusCode).toBe(200);
    const actions = ok.json().timeline.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['create', 'route', 'clarify', 'route', 'accept']);
    const clarifyEvent = ok.json().timeline.find((e: { action: string }) => e.action === 'clarify');
    expect(clarifyEvent.data.note).toBe('客户家具体面积是多少？');
    const audits = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.companyId, s.admin.companyId), eq(auditLog.action, 'order.routing')));
    expect(audits).toHaveLength(4);
  });
});

describe('urgent cross-store help (R4)', () => {
  it('only urgent orders are offered; of two concurrent claims exactly one wins (10 races)', async () => {
    const s = await setup();
    const plain = await s.newOrder();
    expect((await s.call('agent', 'POST', `/orders/${plain.id}/offer`)).statusCode).toBe(409);
    for (let i = 0; i < 10; i++) {
      const o = await s.newOrder({ urgent: true });
      await s.call('agent', 'POST', `/orders/${o.id}/route`, { storeId: s.chaoyang.id });
      const offered = await s.call('agent', 'POST', `/orders/${o.id}/offer`);
      expect(offered.statusCode, offered.body).toBe(200);
      expect(offered.json()).toMatchObject({ routing: 'offered', storeId: null });
      if (i === 0) {
        const hdInbox = (await s.call('hd', 'GET', '/orders/inbox'))
          .json()
          .items.map((x: { id: string }) => x.id);
        expect(hdInbox).toContain(o.id);
        expect((await s.call('hd', 'GET', `/orders/${o.id}`)).statusCode).toBe(200);
      }
      const [a, b] = await Promise.all([
        s.call('cy', 'POST', `/orders/${o.id}/claim`),
        s.call('hd', 'POST', `/orders/${o.id}/claim`),
      ]);
      const codes = [a.statusCode, b.statusCode].sort();
      expect(codes, `${a.body} ${b.body}`).toEqual([200, 409]);
      const loser = a.statusCode === 409 ? a : b;
      expect(loser.json().detail).toBe('该订单已被其他门店接单');
      const winner = a.statusCode === 200 ? s.chaoyang.id : s.haidian.id;
      const [row] = await handle.db
        .select()
        .from(orders)
        .where(and(eq(orders.companyId, s.admin.companyId), eq(orders.id, o.id)));
      expect(row).toMatchObject({ routing: 'accepted', storeId: winner });
      const claims = await handle.db
        .select()
        .from(orderEvents)
        .where(
          and(
            eq(orderEvents.companyId, s.admin.companyId),
            eq(orderEvents.orderId, o.id),
            eq(orderEvents.action, 'claim'),
          ),
        );
      expect(claims).toHaveLength(1);
    }
  });
});

describe('callbacks (R5, R7)', () => {
  it('belong to the owning agent, show as overdue after the day passes, and are completed by the owner', async () => {
    const s = await setup();
    const o = await s.newOrder({ callbackInDays: 1 });
    // Another agent schedules one: it still goes to the owner (R7).
    const res = await s.call('agent2', 'POST', `/orders/${o.id}/callbacks`, {
      dueOn: '2026-12-05',
      reason: '确认阿姨人选',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().ownerUserId).toBe(s.agent.id);
    const past = await s.call('agent', 'POST', `/orders/${o.id}/callbacks`, {
      dueOn: '2026-12-03',
      reason: 'x',
    });
    expect(past.statusCode).toBe(422);
    const today = (await s.call('agent', 'GET', '/callbacks?mine=1&due=upcoming')).json().items;
    expect(today).toHaveLength(2);
    expect(today[0]).toMatchObject({ customerName: '李女士', serviceName: '日常保洁', overdue: false });
    expect((await s.call('agent2', 'GET', '/callbacks?mine=1')).json().items).toHaveLength(0);
    expect((await s.call('agent', 'GET', '/callbacks?mine=1&due=overdue')).json().items).toHaveLength(0);

    clock.advance(2 * DAY); // 2026-12-06 in Shanghai
    try {
      await s.relogin();
      const overdue = (await s.call('agent', 'GET', '/callbacks?mine=1&due=overdue')).json().items;
      expect(overdue).toHaveLength(2);
      expect(overdue.every((c: { overdue: boolean }) => c.overdue)).toBe(true);
      const list = (await s.call('agent', 'GET', '/orders?overdueCallbacks=1')).json().items;
      expect(list.map((x: { id: string }) => x.id)).toEqual([o.id]);
      // Only the owner (or a store manager / admin) completes it.
      const cbId = overdue[0].id;
      const cookie2 = await loginAs(app, s.agent2.username);
      const denied = await app.inject({
        method: 'POST',
        url: `/api/v1/callbacks/${cbId}/complete`,
        headers: { cookie: cookie2 },
        payload: { outcome: '已联系' },
      });
      expect(denied.statusCode).toBe(403);
      const done = await s.call('agent', 'POST', `/callbacks/${cbId}/complete`, {
        outcome: '客户同意周六上门',
      });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toMatchObject({ state: 'done', outcome: '客户同意周六上门', doneBy: s.agent.id });
      expect(
        (await s.call('agent', 'POST', `/callbacks/${cbId}/complete`, { outcome: 'x' })).statusCode,
      ).toBe(409);
      expect((await s.call('agent', 'GET', '/callbacks?mine=1&due=overdue')).json().items).toHaveLength(1);
      const rows = await handle.db
        .select()
        .from(callbacks)
        .where(and(eq(callbacks.companyId, s.admin.companyId), eq(callbacks.orderId, o.id)));
      expect(rows).toHaveLength(2);
    } finally {
      clock.advance(-2 * DAY);
    }
  });
});

describe('confirm and cancel', () => {
  it('confirms, then cancels before service with the reason and the fee of the price list', async () => {
    const s = await setup();
    const o = await s.newOrder({ windowStart: at(1), windowEnd: at(4) }); // 1 h ahead: 50% (sample rules)
    const confirmed = await s.call('agent', 'POST', `/orders/${o.id}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().status).toBe('confirmed');
    expect((await s.call('agent', 'POST', `/orders/${o.id}/confirm`)).statusCode).toBe(409);
    const cancelled = await s.call('agent', 'POST', `/orders/${o.id}/cancel`, { reason: '客户临时出差' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const c = cancelled.json();
    expect(c).toMatchObject({ status: 'cancelled', cancelReason: '客户临时出差', actions: [] });
    expect(c.cancelFeeFen).toBeGreaterThan(0);
    expect(c.timeline.map((e: { action: string }) => e.action)).toEqual(['create', 'confirm', 'cancel']);
    expect(c.timeline[2]).toMatchObject({ fromStatus: 'confirmed', toStatus: 'cancelled' });
    // From a final state → 409 with the Chinese reason.
    const again = await s.call('agent', 'POST', `/orders/${o.id}/cancel`, { reason: '再取消' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('订单当前为「已取消」，不能执行此操作');
    const audits = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.companyId, s.admin.companyId), eq(auditLog.action, 'order.transition')));
    // Both transitions are audited (rows of one frozen-clock instant have no defined order).
    expect(audits.map((a) => (a.payload as { action: string }).action).sort()).toEqual(['cancel', 'confirm']);
    // Far ahead: no fee under the sample rules (24 h or more → 0).
    const far = await s.newOrder({ windowStart: at(72), windowEnd: at(75) });
    const free = await s.call('agent', 'POST', `/orders/${far.id}/cancel`, { reason: '不需要了' });
    expect(free.json().cancelFeeFen).toBe(0);
  });
});

describe('store-scoped visibility', () => {
  it('a store manager lists only her store’s orders; agents see the whole company', async () => {
    const s = await setup();
    const a = await s.newOrder();
    const b = await s.newOrder();
    await s.call('agent', 'POST', `/orders/${a.id}/route`, { storeId: s.chaoyang.id });
    await s.call('agent', 'POST', `/orders/${b.id}/route`, { storeId: s.haidian.id });
    // A walk-in taken by the 海淀 manager is the store's own order at once.
    const walkIn = await s.newOrder({ channel: 'walk_in' }, 'hd');
    expect(walkIn).toMatchObject({ routing: 'accepted', storeId: s.haidian.id });
    const ids = async (who: 'cy' | 'hd' | 'agent', q = '') =>
      (await s.call(who, 'GET', `/orders${q}`)).json().items.map((x: { id: string }) => x.id);
    expect(await ids('cy')).toEqual([a.id]);
    expect(await ids('hd')).toEqual([walkIn.id, b.id]);
    expect(await ids('agent')).toEqual([walkIn.id, b.id, a.id]);
    expect(await ids('agent', `?storeId=${s.haidian.id}`)).toEqual([walkIn.id, b.id]);
    expect(await ids('agent', '?routing=pending')).toEqual([b.id, a.id]);
    expect(await ids('agent', '?status=inquiry&limit=2')).toEqual([walkIn.id, b.id]);
    const page = (await s.call('agent', 'GET', '/orders?limit=2')).json();
    expect(page.nextCursor).toBe(b.id);
    expect(
      (await s.call('agent', 'GET', `/orders?limit=2&cursor=${page.nextCursor}`)).json().items,
    ).toHaveLength(1);
    expect((await s.call('cy', 'GET', `/orders/${b.id}`)).statusCode).toBe(404);
    expect((await s.call('cy', 'POST', `/orders/${b.id}/cancel`, { reason: 'x' })).statusCode).toBe(404);
  });
});
