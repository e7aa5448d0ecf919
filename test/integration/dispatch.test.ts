import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.ts';
import { assignments, workerBookings } from '../../src/db/schema/dispatch.ts';
import { orders } from '../../src/db/schema/orders.ts';
import { companies } from '../../src/db/schema/org.ts';
import { auditLog } from '../../src/db/schema/platform.ts';
import { sweepExpiredOffers } from '../../src/modules/dispatch/sweep-offers.ts';
import { makeApp } from '../support/app.ts';
import { openTestDb } from '../support/db.ts';
import { dispatchSetup } from '../support/dispatch-setup.ts';
import { testClock } from '../support/factories.ts';

/** Issue "Dispatch": the shortlist, assigning, the release window, offers — on both drivers. */
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

const MON_9 = '2026-12-07T01:00:00Z'; // Monday 09:00 Shanghai
const TODAY_14 = '2026-12-04T06:00:00Z'; // Friday 14:00 Shanghai, four hours after the test clock
const HOUR = 3_600_000;

describe('shortlist (GET /orders/:id/candidates)', () => {
  it('ranks eligible workers with score parts in words and explains every excluded one', async () => {
    const s = await dispatchSetup(handle.db, app, clock);
    const near = await s.worker({ name: '刘近邻', lat: 39.929, lng: 116.47, rating: 4.8 });
    const far = await s.worker({ name: '张远方', lat: 40.05, lng: 116.3, rating: 4.8 });
    const expired = await s.worker({ name: '李过期', healthExpiresOn: '2026-11-30' });
    const otherStore = await s.worker({ name: '赵别店', storeId: s.storeB.id });
    const noSkill = await s.worker({ name: '钱做饭', skills: ['做饭'] });
    const orderId = await s.contractedVisit(MON_9);

    const res = await s.dispatcher$('GET', `/orders/${orderId}/candidates?explain=excluded`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const ids = body.candidates.map((c: { workerId: string }) => c.workerId);
    expect(ids).toEqual([near.id, far.id]);
    const first = body.candidates[0];
    const labels = first.parts.map((p: { label: string }) => p.label);
    expect(labels.some((l: string) => /^距离 \d+\.\d km$/.test(l))).toBe(true);
    expect(labels).toContain('评分 4.8（10 次）');
    expect(labels).toContain('近30天派单 0 次');
    expect(labels).toContain('客户曾投诉 0');
    expect(first.score).toBeGreaterThan(body.candidates[1].score);
    expect(JSON.stringify(body)).not.toMatch(/1390077\d{4}/); // no worker phone

    // Without explain the first cut runs in SQL: the same ranking, the same counts.
    const plain = (await s.dispatcher$('GET', `/orders/${orderId}/candidates`)).json();
    expect(plain.candidates).toEqual(body.candidates);
    expect([plain.eligibleCount, plain.excludedCount]).toEqual([body.eligibleCount, body.excludedCount]);
    expect(body.excludedCount).toBe(body.excluded.length);
    expect(plain.excluded).toBeUndefined();

    const reasons = Object.fromEntries(
      body.excluded.map((e: { workerId: string; reasons: { reason: string }[] }) => [
        e.workerId,
        e.reasons.map((r) => r.reason).join('；'),
      ]),
    );
    expect(reasons[expired.id]).toContain('健康证 2026-11-30 已过期');
    expect(reasons[noSkill.id]).toContain('缺少技能：保洁');
    // A non-urgent order is not offered to another store's workers (R4) …
    expect(body.candidates.map((c: { workerId: string }) => c.workerId)).not.toContain(otherStore.id);
    // … an urgent one is, ranked below her own store's.
    await handle.db.update(orders).set({ urgent: true }).where(eq(orders.id, orderId));
    const adminView = (await s.admin$('GET', `/orders/${orderId}/candidates`)).json();
    expect(adminView.candidates.map((c: { workerId: string }) => c.workerId)).toContain(otherStore.id);
  });

  it('answers 404 for another store and 403 for a role without dispatch', async () => {
    const s = await dispatchSetup(handle.db, app, clock);
    const orderId = await s.contractedVisit(MON_9);
    await handle.db.update(orders).set({ storeId: s.storeB.id }).where(eq(orders.id, orderId));
    expect((await s.dispatcher$('GET', `/orders/${orderId}/candidates`)).statusCode).toBe(404);
    expect((await s.customer$('GET', `/orders/${orderId}/candidates`)).statusCode).toBe(403);
  });
});

describe('assign (POST /orders/:id/assign)', () => {
  it('holds her calendar, tells the customer who is coming (no phone), and releases the address only in the window', async () => {
    const s = await dispatchSetup(handle.db, app, clock);
    const w = await s.worker({ name: '刘春梅' });
    const worker$ = await s.workerLogin(w.id);
    const orderId = await s.contractedVisit(TODAY_14);

    const before = (await s.customer$('GET', `/my/orders/${orderId}/worker`)).json();
    expect(before.worker).toBeNull();

    const res = await s.dispatcher$('POST', `/orders/${orderId}/assign`, { workerId: w.id });
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json();
    expect(a.state).toBe('active');
    expect(a.releaseFrom).toBe(new Date(Date.parse(TODAY_14) - 2 * HOUR).toISOString());
    const [order] = await handle.db.select().from(orders).where(eq(orders.id, orderId));
    expect(order!.status).toBe('dispatched');
    const bookings = await handle.db.select().from(workerBookings).where(eq(workerBookings.workerId, w.id));
    expect(bookings).toHaveLength(1);

    // The customer: name, tier, skills, rating — never the phone (R16, R18).
    const coming = await s.customer$('GET', `/my/orders/${orderId}/worker`);
    expect(coming.statusCode).toBe(200);
    expect(coming.json().worker).toMatchObject({
      name: '刘春梅',
      tierLabel: '初级',
      skills: ['保洁'],
      ratingAvg: 4.5,
    });
    expect(coming.body).not.toMatch(/1390077\d{4}/);

    // The worker, hours before: district and time, no address, no call button.
    const early = (await worker$('GET', '/my/jobs')).json();
    expect(early.items).toHaveLength(1);
    expect(early.items[0]).toMatchObject({ district: '朝阳区', released: false, address: null, call: null });
    expect(JSON.stringify(early)).not.toContain('7号楼3单元602');
    expect(JSON.stringify(early)).not.toContain('团结湖');
    expect(JSON.stringify(early)).not.toContain('13655556666');

    // Two hours before the start the window opens; the call goes through the store.
    const saved = clock.now().getTime();
    clock.advance(Date.parse(TODAY_14) - 2 * HOUR - saved);
    const open = (await worker$('GET', `/my/jobs/${a.id}`)).json();
    expect(open.released).toBe(true);
    expect(open.address.text).toContain('团结湖小区7号楼3单元602');
    expect(open.call.number).toBe('010-65001234');
    expect(JSON.stringify(open)).not.toContain('13655556666');
    // After the end it closes again.
    clock.advance(6 * HOUR);
    const past = (await worker$('GET', '/my/jobs?when=past')).json();
    expect(past.items[0].address).toBeNull();
    clock.advance(saved - clock.now().getTime());
  });

  it('cancelling the order ends the assignment and frees her time; the job leaves her list', async () => {
    const s = await dispatchSetup(handle.db, app, clock);
    const w = await s.worker();
    const worker$ = await s.workerLogin(w.id);
    const orderId = await s.contractedVisit(MON_9);
    const a = (await s.dispatcher$('POST', `/orders/${orderId}/assign`, { workerId: w.id })).json();
    // A start before the order's window is refused.
    const early = await s.dispatcher$('POST', `/orders/${await s.contractedVisit(MON_9)}/assign`, {
      workerId: w.id,
      startsAt: new Date(Date.parse(MON_9) - HOUR).toISOString(),
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().errors[0].field).toBe('startsAt');

    const cancelled = await s.admin$('POST', `/orders/${orderId}/cancel`, { reason: '客户临时出差' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const [row] = await handle.db.select().from(assignments).where(eq(assignments.id, a.id));
    expect(row!.state).toBe('cancelled');
    const [booking] = await handle.db
      .select()
      .from(workerBookings)
      .where(eq(workerBookings.id, row!.bookingId!));
    expect(booking!.state).toBe('cancelled');
    expect((await worker$('GET', '/my/jobs')).json().items).toHaveLength(0);
    // Her time is free again for another order.
    const again = await s.dispatcher$('POST', `/orders/${await s.contractedVisit(MON_9)}/assign`, {
      workerId: w.id,
    });
    expect(again.statusCode, again.body).toBe(201);
  });

  it('refuses an excluded worker with 422 naming the rule, and writes nothing', async () => {
    const s = await dispatchSetup(handle.db, app, clock);
    const w = await s.worker({ healthExpiresOn: '2026-11-30' });
    const orderId = await s.contractedVisit(MON_9);
    const audits = async () =>
      (await handle.db.select().from(auditLog).where(eq(auditLog.companyId, s.admin.companyId))).length;
    const n = await audits();
    const res = await s.dispatcher$('POST', `/orders/${orderId}/assign`, { workerId: w.id });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail).toContain('健康证 2026-11-30 已过期');
    expect(res.json().violations[0].rule).toBe('health');
    expect(await audits()).toBe(n);
    expect(await handle.db.select().from(assignments).where(eq(assignments.orderId, orderId))).toHaveLength(
      0,
    );
    const bad = await s.dispatcher$('POST', `/orders/${orderId}/assign`, { workerId: '' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].field).toBe('workerId');
  });

  it('50 dispatchers assigning one worker to overlapping jobs at once: exactly one wins, 49 get 409 naming the job', async () => {
    const s = await dispatchSetup(handle.db, app, clock);
    const w = await s.worker();
    const ids: string[] = [];
    for (let i = 0; i < 50; i++)
      ids.push(await s.contractedVisit(new Date(Date.parse(MON_9) + i * 60_000).toISOString()));
    const results = await Promise.all(
      ids.map((id) => s.dispatcher$('POST', `/orders/${id}/assign`, { workerId: w.id })),
    );
    const won = results.filter((r) => r.statusCode === 201);
    const lost = results.filter((r) => r.statusCode === 409);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    const winner = won[0]!.json().orderId as string;
    for (const r of lost) expect(r.json().detail).toContain(winner);
    const live = await handle.db
      .select()
      .from(assignments)
      .where(and(eq(assignments.workerId, w.id), eq(assignments.state, 'active')));
    expect(live).toHaveLength(1);
    // Nothing half-written: the 49 losing orders are still contracted and unassigned.
    const still = await handle.db
      .select({ s: orders.status })
      .from(orders)
      .where(eq(orders.customerId, s.customer.id));
    expect(still.filter((o) => o.s === 'contracted')).toHaveLength(49);
  });

  it('two dispatchers giving one order to two workers at once: one wins, the other gets 409', async () => {
    const s = await dispatchSetup(handle.db, app, clock);
    const [a, b] = [await s.worker(), await s.worker()];
    const orderId = await s.contractedVisit(MON_9);
    const res = await Promise.all([
      s.dispatcher$('POST', `/orders/${orderId}/assign`, { workerId: a.id }),
      s.admin$('POST', `/orders/${orderId}/assign`, { workerId: b.id }),
    ]);
    expect(res.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(
      await handle.db.select().from(workerBookings).where(eq(workerBookings.orderId, orderId)),
    ).toHaveLength(1);
  });
});

describe('offers (worker accepts or declines; a timeout passes the job on)', () => {
  it('a declined offer goes to the next candidate, a timed-out one too, an accepted one becomes active', async () => {
    const s = await dispatchSetup(handle.db, app, clock);
    await handle.db
      .update(companies)
      .set({ dispatchSettings: { useOffers: true, offerTimeoutMinutes: 30 } })
      .where(eq(companies.id, s.admin.companyId));
    const first = await s.worker({ name: '一号', lat: 39.9288, lng: 116.4714 });
    const second = await s.worker({ name: '二号', lat: 39.95, lng: 116.47 });
    const third = await s.worker({ name: '三号', lat: 40.0, lng: 116.47 });
    const first$ = await s.workerLogin(first.id);
    const second$ = await s.workerLogin(second.id);
    const third$ = await s.workerLogin(third.id);
    const orderId = await s.contractedVisit(MON_9);

    const offered = await s.dispatcher$('POST', `/orders/${orderId}/assign`, { workerId: first.id });
    expect(offered.json().state).toBe('offered');
    const noReason = await first$('POST', `/my/jobs/${offered.json().id}/decline`, {});
    expect(noReason.statusCode).toBe(422);
    const declined = await first$('POST', `/my/jobs/${offered.json().id}/decline`, { reason: '孩子生病' });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json().state).toBe('declined');

    const mine = (await second$('GET', '/my/jobs')).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0].offer.open).toBe(true);
    expect(mine[0].address).toBeNull();

    clock.advance(31 * 60_000);
    expect(await sweepExpiredOffers(handle.db, clock)).toBeGreaterThanOrEqual(1);
    const late = await second$('POST', `/my/jobs/${mine[0].id}/accept`);
    expect(late.statusCode).toBe(409);
    const thirds = (await third$('GET', '/my/jobs')).json().items;
    expect(thirds).toHaveLength(1);
    const ok = await third$('POST', `/my/jobs/${thirds[0].id}/accept`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().state).toBe('active');
    const coming = (await s.customer$('GET', `/my/orders/${orderId}/worker`)).json();
    expect(coming.worker.name).toBe('三号');
  });
});
