import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.ts';
import { contractSignatures, orderEvents, orders, quotes } from '../../src/db/schema/orders.ts';
import { auditLog } from '../../src/db/schema/platform.ts';
import { loadDemoCatalog } from '../../src/demo/demo-catalog.ts';
import { createCustomer } from '../../src/modules/customers/create-customer.ts';
import { linkCustomerUser } from '../../src/modules/customers/link-customer-user.ts';
import { confirmOrder } from '../../src/modules/orders/confirm-order.ts';
import { createOrder } from '../../src/modules/orders/create-order.ts';
import type { Ctx } from '../../src/platform/context.ts';
import type { Actor } from '../../src/platform/permissions.ts';
import { loginAs, makeApp } from '../support/app.ts';
import { openTestDb } from '../support/db.ts';
import { makeCompany, makeStore, makeUser, testClock } from '../support/factories.ts';
import { makeIdNumber } from '../support/id-numbers.ts';
import { hasPdftotext, PDFTOTEXT_MISSING, pdfText, samplePng } from '../support/pdf-text.ts';

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

const squash = (s: string) => s.replace(/\s+/g, '');
const png = `data:image/png;base64,${samplePng().toString('base64')}`;
const CUSTOMER_ID = makeIdNumber('110105', '1980-06-15', '124');
const WORKER_ID = makeIdNumber('411502', '1985-02-11', '221'); // 41: young enough for 初级 (16–45)
const WORKER_PHONE = '13900004321';
type Line = { code: string; amountFen: number; quantity: number };

async function setup() {
  const { admin, ctx } = await makeCompany(handle.db, clock);
  const store = await makeStore(ctx);
  const agent = await makeUser(ctx, 'agent');
  const manager = await makeUser(ctx, 'store_manager', store.id);
  const customerUser = await makeUser(ctx, 'customer', null, '13700001111');
  const ids = await loadDemoCatalog(ctx);
  const customer = await createCustomer(ctx, {
    name: '赵雅琴',
    phones: ['13611112222'],
    sourceChannel: 'phone',
    idNumber: CUSTOMER_ID,
    addresses: [
      {
        province: '北京市',
        city: '北京市',
        district: '朝阳区',
        community: '团结湖小区',
        detail: '3号楼2单元501',
      },
    ],
  });
  await linkCustomerUser(ctx, customer.id, customerUser.id);
  const [cookies, customerCookie] = await Promise.all([
    Promise.all([loginAs(app, admin.username), loginAs(app, agent.username), loginAs(app, manager.username)]),
    loginAs(app, customerUser.username),
  ]);
  const [adminCookie, agentCookie, managerCookie] = cookies;
  const as = (cookie: string) => (method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie, 'user-agent': 'vitest-h5/1.0' },
      ...(payload ? { payload } : {}),
    });
  const managerActor: Actor = {
    userId: manager.id,
    companyId: admin.companyId,
    username: manager.username,
    displayName: manager.displayName,
    roles: [{ role: 'store_manager', storeId: store.id }],
  };
  const managerCtx: Ctx = { ...ctx, actor: managerActor };
  /** A confirmed order of the store, taken by the store manager (walk-in). */
  const confirmedOrder = async (code: string, over: Record<string, unknown> = {}) => {
    const o = await createOrder(managerCtx, {
      customerId: customer.id,
      serviceTypeId: ids[code]!,
      channel: 'walk_in',
      addressId: customer.addresses[0]!.id,
      ...over,
    });
    await confirmOrder(managerCtx, o.id);
    return o.id as string;
  };
  const auditCount = async () =>
    (await handle.db.select().from(auditLog).where(eq(auditLog.companyId, admin.companyId))).length;
  return {
    admin,
    ctx,
    store,
    agent,
    manager,
    customer,
    ids,
    admin$: as(adminCookie),
    agent$: as(agentCookie),
    manager$: as(managerCookie),
    customer$: as(customerCookie),
    confirmedOrder,
    auditCount,
  };
}

const orderStatus = async (id: string) =>
  (await handle.db.select({ s: orders.status }).from(orders).where(eq(orders.id, id)))[0]!.s;

describe('assessment, quote, contract (R8–R11)', () => {
  it('runs a deep-cleaning order from assessment to a signed contract and its PDF', async () => {
    const s = await setup();
    const orderId = await s.confirmedOrder('deep_cleaning', {
      windowStart: '2026-12-09T01:00:00Z',
      windowEnd: '2026-12-09T07:00:00Z',
      quantity: 60,
    });

    // R8: the assessment is scheduled (order → assessment) and recorded.
    const scheduled = await s.agent$('POST', `/orders/${orderId}/assessments`, {
      scheduledAt: '2026-12-05T02:00:00Z',
      assessorUserId: s.agent.id,
    });
    expect(scheduled.statusCode).toBe(201);
    expect(await orderStatus(orderId)).toBe('assessment');
    const recorded = await s.agent$('POST', `/assessments/${scheduled.json().id}/record`, {
      areaM2: 85.5,
      rooms: 3,
      members: [
        { relation: '本人', age: 46 },
        { relation: '女儿', age: 12 },
      ],
      habits: '家有宠物猫',
      requirements: '厨房重油污',
      photos: ['https://img.example.com/a/1.jpg'],
    });
    expect(recorded.statusCode).toBe(200);
    expect(recorded.json()).toMatchObject({ areaM2: 85.5, rooms: 3, recordedAt: expect.any(String) });

    // A tier below the service's minimum (深度保洁 needs 中级) → 422, nothing issued.
    const low = await s.agent$('POST', `/orders/${orderId}/quotes`, { tier: 'junior' });
    expect(low.statusCode).toBe(422);
    expect(await handle.db.select().from(quotes).where(eq(quotes.orderId, orderId))).toHaveLength(0);

    // R9: v1 priced from the current list, quantity = the recorded area; lines sum to the total.
    const v1 = await s.agent$('POST', `/orders/${orderId}/quotes`, {});
    expect(v1.statusCode).toBe(201);
    const q1 = v1.json();
    expect(q1).toMatchObject({ version: 1, state: 'issued', validUntil: '2026-12-11' });
    expect(q1.lines.find((l: Line) => l.code === 'base').quantity).toBe(85.5);
    expect(q1.lines.reduce((sum: number, l: Line) => sum + l.amountFen, 0)).toBe(q1.totalFen);
    expect(q1.totalFen).toBe(68_400); // 85.5 m² × ¥8
    expect(await orderStatus(orderId)).toBe('quoted');

    // v2 supersedes v1 (which stays readable).
    const v2 = await s.agent$('POST', `/orders/${orderId}/quotes`, {
      extras: [{ code: 'windows', qty: 10 }],
    });
    expect(v2.statusCode).toBe(201);
    const q2 = v2.json();
    expect(q2).toMatchObject({ version: 2, state: 'issued', totalFen: 78_400 });
    const list = (await s.agent$('GET', `/orders/${orderId}/quotes`)).json().items;
    expect(list.map((q: { version: number; state: string }) => [q.version, q.state])).toEqual([
      [1, 'superseded'],
      [2, 'issued'],
    ]);

    // Accepting the superseded v1 → 409, nothing changes.
    const before = await s.auditCount();
    const stale = await s.agent$('POST', `/quotes/${q1.id}/accept`, { via: 'phone', note: '客户电话同意' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toContain('新版本');
    expect(await s.auditCount()).toBe(before);
    const [row1] = await handle.db.select().from(quotes).where(eq(quotes.id, q1.id));
    expect(row1).toMatchObject({ state: 'superseded', decidedAt: null });

    // The customer accepts v2 on the H5 page; accepting again → 409.
    const accepted = await s.customer$('POST', `/my/quotes/${q2.id}/accept`, {});
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ state: 'accepted', decidedVia: 'h5' });
    expect((await s.customer$('POST', `/my/quotes/${q2.id}/accept`, {})).statusCode).toBe(409);

    // R10: the contract from the accepted quote.
    const created = await s.agent$('POST', `/orders/${orderId}/contracts`, {});
    expect(created.statusCode).toBe(201);
    const c = created.json();
    expect(c).toMatchObject({ version: 1, state: 'draft', kind: 'visit', quoteId: q2.id });
    expect(c.number).toMatch(/^HT-20261204-\d{6}$/);
    expect(c.textSha256).toMatch(/^[0-9a-f]{64}$/);

    // The customer reads it and signs; a different hash → 409 and no signature.
    const mine = (await s.customer$('GET', `/my/contracts/${c.id}`)).json();
    expect(mine.textSha256).toBe(c.textSha256);
    expect(mine.text).toContain('赵雅琴');
    const sign = { typedName: '赵雅琴', signaturePng: png, sha256: c.textSha256 };
    const wrong = await s.customer$('POST', `/my/contracts/${c.id}/sign`, {
      ...sign,
      sha256: '0'.repeat(64),
    });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().detail).toBe('合同内容已变化，请重新查看后签署');
    expect(
      await handle.db.select().from(contractSignatures).where(eq(contractSignatures.contractId, c.id)),
    ).toHaveLength(0);
    const signed = await s.customer$('POST', `/my/contracts/${c.id}/sign`, sign);
    expect(signed.statusCode).toBe(200);
    expect(signed.json().state).toBe('customer_signed');
    const [sig] = await handle.db
      .select()
      .from(contractSignatures)
      .where(and(eq(contractSignatures.contractId, c.id), eq(contractSignatures.party, 'customer')));
    expect(sig).toMatchObject({
      signerName: '赵雅琴',
      userAgent: 'vitest-h5/1.0',
      signedSha256: c.textSha256,
    });
    expect(sig!.ip).toBeTruthy();

    // The agent may not countersign (no contract.sign); the store manager does → signed, contracted.
    expect((await s.agent$('POST', `/contracts/${c.id}/countersign`)).statusCode).toBe(403);
    const counter = await s.manager$('POST', `/contracts/${c.id}/countersign`);
    expect(counter.statusCode).toBe(200);
    expect(counter.json().state).toBe('signed');
    expect(await orderStatus(orderId)).toBe('contracted');
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.companyId, s.admin.companyId));
    for (const action of [
      'assessment.schedule',
      'assessment.record',
      'quote.issue',
      'quote.accept',
      'contract.create',
      'contract.sign',
      'order.transition',
    ])
      expect(audit.map((a) => a.action)).toContain(action);
    expect(JSON.stringify(audit)).not.toContain(CUSTOMER_ID);
    expect(JSON.stringify(audit)).not.toContain('base64');
    const timeline = await handle.db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId));
    expect(timeline.map((e) => e.action)).toEqual(
      expect.arrayContaining(['schedule_assessment', 'issue_quote', 'quote_accept', 'sign_contract']),
    );

    // Once signed nothing changes.
    expect((await s.customer$('POST', `/my/contracts/${c.id}/sign`, sign)).statusCode).toBe(409);
    expect((await s.manager$('POST', `/contracts/${c.id}/countersign`)).statusCode).toBe(409);

    if (!hasPdftotext) return console.warn(PDFTOTEXT_MISSING);
    for (const res of [
      await s.manager$('GET', `/contracts/${c.id}/pdf`),
      await s.customer$('GET', `/my/contracts/${c.id}/pdf`),
    ]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('application/pdf');
      const text = pdfText(res.rawPayload);
      const flat = squash(text);
      expect(flat).toContain('赵雅琴');
      expect(flat).toContain('测试公司');
      expect(flat).toContain('¥784.00');
      expect(text).toContain(`SHA-256: ${c.textSha256}`);
      expect(text).not.toContain(CUSTOMER_ID);
    }
  });

  it('quotes and contracts a placement (保姆): monthly total, first payment, trial days, ¥20 fee, R16', async () => {
    const s = await setup();
    const skills = (await s.admin$('GET', '/skills')).json().items as { id: string; name: string }[];
    const worker = await s.admin$('POST', '/workers', {
      storeId: s.store.id,
      name: '刘春梅',
      gender: 'female',
      idNumber: WORKER_ID,
      nativePlace: '河南信阳',
      phone: WORKER_PHONE,
      education: 'junior',
      homeDistrict: '朝阳区',
      homeAddress: '朝阳区八里庄北里 12 号',
      employmentModel: 'intermediary',
      skills: [{ skillId: skills.find((k) => k.name === '保洁')!.id, level: 3 }],
    });
    expect(worker.statusCode).toBe(201);
    const orderId = await s.confirmedOrder('nanny', { startDate: '2026-12-15' });

    const res = await s.agent$('POST', `/orders/${orderId}/quotes`, { tier: 'junior', months: 12 });
    expect(res.statusCode).toBe(201);
    const q = res.json();
    expect(q.monthlyTotalFen).toBe(550_000 + 2000); // wage + management fee
    expect(q.firstPaymentFen).toBe(550_000 + 50_000 + 100_000 + 2000);
    expect(q.lines.reduce((sum: number, l: Line) => sum + l.amountFen, 0)).toBe(q.totalFen);

    // Accepted by the agent on the phone (a note is required).
    expect((await s.agent$('POST', `/quotes/${q.id}/accept`, { via: 'phone' })).statusCode).toBe(422);
    const ok = await s.agent$('POST', `/quotes/${q.id}/accept`, { via: 'phone', note: '客户来电确认' });
    expect(ok.json()).toMatchObject({ state: 'accepted', decidedVia: 'phone', decisionNote: '客户来电确认' });

    // A placement names the worker and the model; the worker must hold the quoted tier (初级).
    expect((await s.agent$('POST', `/orders/${orderId}/contracts`, {})).statusCode).toBe(422);
    const untiered = await s.agent$('POST', `/orders/${orderId}/contracts`, {
      employmentModel: 'intermediary',
      workerId: worker.json().id,
    });
    expect(untiered.statusCode).toBe(422);
    expect(untiered.json().errors[0].message).toBe('服务人员等级（未定级）低于报价等级（初级）');
    expect((await s.admin$('POST', `/workers/${worker.json().id}/tier`, { tier: 'junior' })).statusCode).toBe(
      200,
    );
    const created = await s.agent$('POST', `/orders/${orderId}/contracts`, {
      employmentModel: 'intermediary',
      workerId: worker.json().id,
    });
    expect(created.statusCode).toBe(201);
    const c = created.json();
    expect(c).toMatchObject({ kind: 'placement', employmentModel: 'intermediary' });
    expect(c.requiredParties).toEqual(['customer', 'worker', 'company']);
    expect(c.terms).toMatchObject({
      trialDays: 7,
      managementFeeFen: 2000,
      monthlyWageFen: 550_000,
      term: { start: '2026-12-15', end: '2027-12-14' },
    });
    expect(JSON.stringify(c)).not.toContain(WORKER_PHONE);
    expect(JSON.stringify(c)).not.toContain(WORKER_ID);

    const sign = { signaturePng: png, sha256: c.textSha256 };
    const mine = await s.customer$('POST', `/my/contracts/${c.id}/sign`, { ...sign, typedName: '赵雅琴' });
    expect(mine.statusCode).toBe(200);
    // 中介制: the company signs last, after the worker.
    const early = await s.manager$('POST', `/contracts/${c.id}/countersign`);
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('服务人员');
    const w = await s.manager$('POST', `/contracts/${c.id}/worker-sign`, { ...sign, typedName: '刘春梅' });
    expect(w.statusCode).toBe(200);
    const done = await s.manager$('POST', `/contracts/${c.id}/countersign`);
    expect(done.json().state).toBe('signed');
    expect(await orderStatus(orderId)).toBe('contracted');

    // An amendment is a new draft version; the signed one stays signed until the new one is signed.
    const amended = await s.agent$('POST', `/contracts/${c.id}/amend`, { remarks: ['每月休息日调整为周日'] });
    expect(amended.statusCode).toBe(201);
    expect(amended.json()).toMatchObject({ version: 2, previousId: c.id, state: 'draft', number: c.number });
    expect((await s.agent$('GET', `/contracts/${c.id}`)).json().state).toBe('signed');

    if (!hasPdftotext) return console.warn(PDFTOTEXT_MISSING);
    const pdf = await s.customer$('GET', `/my/contracts/${c.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload);
    const flat = squash(text);
    expect(flat).toContain('试用期7天');
    expect(flat).toContain('管理费每月¥20.00');
    expect(flat).toContain('刘春梅');
    expect(flat).toContain('赵雅琴');
    expect(text).toContain(`SHA-256: ${c.textSha256}`);
    expect(flat).not.toContain(WORKER_PHONE);
    expect(flat).not.toMatch(/\d{17}[\dX]/);
    expect(flat).not.toContain('八里庄');
  });

  it('keeps other customers and the wrong roles out', async () => {
    const s = await setup();
    const orderId = await s.confirmedOrder('daily_cleaning', {
      windowStart: '2026-12-09T01:00:00Z',
      windowEnd: '2026-12-09T04:00:00Z',
      quantity: 3,
    });
    const q = (await s.agent$('POST', `/orders/${orderId}/quotes`, {})).json();
    // A customer login linked to another file sees 404.
    const other = await makeUser(s.ctx, 'customer', null, '13700002222');
    const otherCookie = await loginAs(app, other.username);
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/my/quotes/${q.id}/accept`,
      headers: { cookie: otherCookie },
      payload: {},
    });
    expect(res.statusCode).toBe(404);
    // Staff cannot use the customer's route.
    expect((await s.agent$('POST', `/my/quotes/${q.id}/accept`, {})).statusCode).toBe(403);
    // An expired quote (valid until yesterday, Shanghai) → 409, nothing changes.
    await handle.db.update(quotes).set({ validUntil: '2026-12-03' }).where(eq(quotes.id, q.id));
    const expired = await s.customer$('POST', `/my/quotes/${q.id}/accept`, {});
    expect(expired.statusCode).toBe(409);
    expect(expired.json().detail).toContain('过期');
    expect((await handle.db.select().from(quotes).where(eq(quotes.id, q.id)))[0]!.state).toBe('issued');
    // A new version; the agent records the customer's refusal; accepting it afterwards → 409.
    const q2 = (await s.agent$('POST', `/orders/${orderId}/quotes`, { quantity: 4 })).json();
    const rejected = await s.agent$('POST', `/quotes/${q2.id}/reject`, { note: '客户嫌贵' });
    expect(rejected.json()).toMatchObject({ state: 'rejected', decisionNote: '客户嫌贵' });
    expect((await s.customer$('POST', `/my/quotes/${q2.id}/accept`, {})).statusCode).toBe(409);
    // The OpenAPI document still builds with these routes.
    const docs = await app.inject({ url: '/docs/json' });
    expect(docs.statusCode).toBe(200);
    expect(Object.keys(docs.json().paths)).toContain('/api/v1/my/contracts/{id}/sign');
  });
});
