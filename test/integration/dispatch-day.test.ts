import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.ts';
import { assignments } from '../../src/db/schema/dispatch.ts';
import { makeApp } from '../support/app.ts';
import { openTestDb } from '../support/db.ts';
import { dispatchSetup } from '../support/dispatch-setup.ts';
import { testClock } from '../support/factories.ts';

/** Issue "Dispatch": the day board, the whole-day plan and its acceptance; settings; blocked workers. */
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

const at = (hhmm: string) => new Date(`2026-12-07T${hhmm}:00+08:00`).toISOString(); // a Monday

describe('whole-day plan', () => {
  it('proposes every open visit of the day without overlaps, and accepting it assigns them', async () => {
    const s = await dispatchSetup(handle.db, app, clock);
    const a = await s.worker({ name: '甲', lat: 39.93, lng: 116.47 });
    const b = await s.worker({ name: '乙', lat: 39.95, lng: 116.45 });
    const orderIds = [
      await s.contractedVisit(at('09:00'), 3),
      await s.contractedVisit(at('09:00'), 3),
      await s.contractedVisit(at('14:00'), 2),
    ];
    const board = await s.dispatcher$('GET', `/dispatch/board?date=2026-12-07&storeId=${s.storeA.id}`);
    expect(board.statusCode, board.body).toBe(200);
    expect(
      board
        .json()
        .openOrders.map((o: { id: string }) => o.id)
        .sort(),
    ).toEqual([...orderIds].sort());
    expect(board.json().workers.map((w: { id: string }) => w.id)).toEqual(
      expect.arrayContaining([a.id, b.id]),
    );

    const plan = await s.dispatcher$('POST', '/dispatch/plan', { date: '2026-12-07', storeId: s.storeA.id });
    expect(plan.statusCode, plan.body).toBe(200);
    const p = plan.json();
    expect(p.items).toHaveLength(3);
    // The two 09:00 jobs go to different workers.
    const nine = p.items.filter((i: { startsAt: string }) => i.startsAt === at('09:00'));
    expect(new Set(nine.map((i: { workerId: string }) => i.workerId)).size).toBe(2);
    expect(await handle.db.select().from(assignments).where(eq(assignments.workerId, a.id))).toHaveLength(0);

    const accepted = await s.dispatcher$('POST', '/dispatch/plan/accept', {
      items: p.items.map((i: { orderId: string; workerId: string; startsAt: string }) => ({
        orderId: i.orderId,
        workerId: i.workerId,
        startsAt: i.startsAt,
      })),
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().results.every((r: { ok: boolean }) => r.ok)).toBe(true);

    // Accepting again: each item reports its own problem, nothing else changes.
    const { orderId, workerId, startsAt } = p.items[0];
    const again = await s.dispatcher$('POST', '/dispatch/plan/accept', {
      items: [{ orderId, workerId, startsAt }],
    });
    const r = again.json().results[0];
    expect(r.ok).toBe(false);
    expect(r.status).toBe(409);
    expect(r.detail).toMatch(/已派单|已有安排/);
    const board2 = (
      await s.dispatcher$('GET', `/dispatch/board?date=2026-12-07&storeId=${s.storeA.id}`)
    ).json();
    expect(board2.openOrders).toHaveLength(0);
    const booked = board2.workers.flatMap((w: { bookings: unknown[] }) => w.bookings);
    expect(booked).toHaveLength(3);
  });

  it('keeps a store dispatcher inside her store, and refuses a malformed day', async () => {
    const s = await dispatchSetup(handle.db, app, clock);
    expect(
      (await s.dispatcher$('GET', `/dispatch/board?date=2026-12-07&storeId=${s.storeB.id}`)).statusCode,
    ).toBe(404);
    const bad = await s.dispatcher$('POST', '/dispatch/plan', { date: '2026-13-40' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].field).toBe('date');
    const empty = await s.dispatcher$('POST', '/dispatch/plan/accept', { items: [] });
    expect(empty.statusCode).toBe(422);
  });
});

describe('settings and blocked workers', () => {
  it('an administrator changes the weights (audited); a dispatcher may read but not change them', async () => {
    const s = await dispatchSetup(handle.db, app, clock);
    const current = (await s.dispatcher$('GET', '/dispatch/settings')).json();
    expect(current.releaseLeadMinutes).toBe(120);
    const next = { ...current, weights: { ...current.weights, distance: 50 }, releaseLeadMinutes: 60 };
    expect((await s.dispatcher$('PUT', '/dispatch/settings', next)).statusCode).toBe(403);
    const ok = await s.admin$('PUT', '/dispatch/settings', next);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().weights.distance).toBe(50);
    const bad = await s.admin$('PUT', '/dispatch/settings', { ...next, releaseLeadMinutes: -5 });
    expect(bad.statusCode).toBe(422);
    expect((await s.admin$('GET', '/dispatch/settings')).json().releaseLeadMinutes).toBe(60);
  });

  it('a worker the customer blocked is never offered to her', async () => {
    const s = await dispatchSetup(handle.db, app, clock);
    const w = await s.worker({ name: '孙被拒' });
    const orderId = await s.contractedVisit(at('09:00'));
    const blocked = await s.admin$('POST', `/customers/${s.customer.id}/blocked-workers`, {
      workerId: w.id,
      reason: '上次打碎花瓶未告知',
    });
    expect(blocked.statusCode, blocked.body).toBe(200);
    const c = (await s.dispatcher$('GET', `/orders/${orderId}/candidates?explain=excluded`)).json();
    expect(c.candidates).toHaveLength(0);
    expect(c.excluded[0].reasons.map((r: { reason: string }) => r.reason)).toContain(
      '客户不再选用：上次打碎花瓶未告知',
    );
    const res = await s.dispatcher$('POST', `/orders/${orderId}/assign`, { workerId: w.id });
    expect(res.statusCode).toBe(422);
    expect(res.json().violations[0].rule).toBe('blocked');
  });
});
