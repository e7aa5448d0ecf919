import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.ts';
import {
  assignments,
  followUpTasks,
  interviews,
  replacements,
  workerBookings,
} from '../../src/db/schema/dispatch.ts';
import { orderEvents, orders } from '../../src/db/schema/orders.ts';
import { auditLog } from '../../src/db/schema/platform.ts';
import { workerIncidents, workers } from '../../src/db/schema/workers.ts';
import { confirmOrder } from '../../src/modules/orders/confirm-order.ts';
import { createOrder } from '../../src/modules/orders/create-order.ts';
import { createTeam } from '../../src/modules/org/create-team.ts';
import { loginAs, makeApp } from '../support/app.ts';
import { openTestDb } from '../support/db.ts';
import { dispatchSetup } from '../support/dispatch-setup.ts';
import { makeUser, testClock } from '../support/factories.ts';

/** Issue "Dispatch" § Placements, R11 (换人 quota), R26 (follow-up), R32 (emergency) — both drivers. */
let handle: DbHandle;
let app: FastifyInstance;
const clock = testClock(new Date('2026-12-04T02:00:00Z')); // Friday 10:00 Shanghai
beforeAll(async () => {
  handle = await openTestDb();
  app = await makeApp(handle, clock);
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const HOUR = 3_600_000;
const START = '2026-12-10';
const NANNY_SKILLS = ['保洁', '做饭', '洗衣熨烫'];
const at = (h: number) => `2026-12-04T0${h}:00:00Z`; // today (the clock: 02:00Z), from 11:00 Shanghai

async function setup() {
  const s = await dispatchSetup(handle.db, app, clock);
  const supervisor = await makeUser(s.ctx, 'supervisor', s.storeA.id);
  const otherSupervisor = await makeUser(s.ctx, 'supervisor', s.storeB.id);
  const manager = await makeUser(s.ctx, 'store_manager', s.storeA.id);
  const aftersales = await makeUser(s.ctx, 'aftersales');
  const team = await createTeam(s.ctx, {
    storeId: s.storeA.id,
    name: '一班',
    supervisorUserId: supervisor.id,
  });
  const as = (cookie: string) => (method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
  const nanny = async (name?: string) => {
    const w = await s.worker({ name, skills: NANNY_SKILLS, prePlacement: true });
    await handle.db.update(workers).set({ teamId: team.id }).where(eq(workers.id, w.id));
    return w;
  };
  /** A placement (保姆, one month from START) of store A, marked contracted as the fixture. */
  const contractedPlacement = async () => {
    const o = await createOrder(s.ctx, {
      customerId: s.customer.id,
      serviceTypeId: s.services.nanny!,
      channel: 'phone',
      addressId: s.customer.addresses[0]!.id,
      startDate: START,
      quantity: 1,
    });
    await confirmOrder(s.ctx, o.id);
    await handle.db
      .update(orders)
      .set({ status: 'contracted', storeId: s.storeA.id, routing: 'accepted' })
      .where(eq(orders.id, o.id));
    return o.id as string;
  };
  return {
    ...s,
    supervisor,
    team,
    nanny,
    contractedPlacement,
    manager$: as(await loginAs(app, manager.username)),
    supervisor$: as(await loginAs(app, supervisor.username)),
    otherSupervisor$: as(await loginAs(app, otherSupervisor.username)),
    aftersales$: as(await loginAs(app, aftersales.username)),
  };
}
type S = Awaited<ReturnType<typeof setup>>;

const orderOf = async (id: string) => (await handle.db.select().from(orders).where(eq(orders.id, id)))[0]!;
const bookingsOf = (workerId: string) =>
  handle.db.select().from(workerBookings).where(eq(workerBookings.workerId, workerId));
const countRows = async (
  table: typeof interviews | typeof workerBookings | typeof auditLog | typeof replacements,
  companyId: string,
) => {
  const [r] = await handle.db
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(eq(table.companyId, companyId));
  return Number(r!.n);
};

/** Interview one worker, choose her and start the trial: the placement is in trial with her. */
async function toTrial(s: S, orderId: string, workerId: string, hour: number) {
  const i = await s.dispatcher$('POST', `/orders/${orderId}/interviews`, {
    workerId,
    scheduledAt: at(hour),
    mode: 'video',
  });
  expect(i.statusCode, i.body).toBe(201);
  const chosen = await s.dispatcher$('POST', `/interviews/${i.json().id}/choose`, {});
  expect(chosen.statusCode, chosen.body).toBe(200);
  const trial = await s.dispatcher$('POST', `/orders/${orderId}/trial`);
  expect(trial.statusCode, trial.body).toBe(200);
  return chosen.json();
}

describe('placement: interviews → choice → trial → start → follow-up', () => {
  it('runs the whole path with the 3-interview limit, the calendar and the R26 follow-up', async () => {
    const s = await setup();
    const [a, b, c, d] = [
      await s.nanny('刘春梅'),
      await s.nanny('王秀兰'),
      await s.nanny('李桂芳'),
      await s.nanny('张玉珍'),
    ];
    const orderId = await s.contractedPlacement();

    // Three candidates: each interview holds one hour of her calendar; the order goes to interview.
    const ids: string[] = [];
    for (const [k, w] of [a, b, c].entries()) {
      const res = await s.dispatcher$('POST', `/orders/${orderId}/interviews`, {
        workerId: w!.id,
        scheduledAt: at(3 + k),
        mode: k === 0 ? 'store' : 'video',
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ state: 'scheduled', workerName: w!.name, tierLabel: '初级' });
      ids.push(res.json().id);
    }
    expect((await orderOf(orderId)).status).toBe('interview');
    const [bk] = await bookingsOf(a!.id);
    expect(bk).toMatchObject({ kind: 'interview', state: 'active', orderId });
    expect(bk!.endsAt.getTime() - bk!.startsAt.getTime()).toBe(HOUR);
    const transitions = await handle.db
      .select({ action: orderEvents.action, to: orderEvents.toStatus })
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, orderId), sql`${orderEvents.toStatus} is not null`));
    expect(transitions.map((t) => t.action)).toEqual(
      expect.arrayContaining(['dispatch', 'schedule_interview']),
    );

    // The 4th → 422, nothing written.
    const n = await countRows(interviews, s.admin.companyId);
    const fourth = await s.dispatcher$('POST', `/orders/${orderId}/interviews`, {
      workerId: d!.id,
      scheduledAt: at(7),
      mode: 'store',
    });
    expect(fourth.statusCode).toBe(422);
    expect(fourth.json().detail).toContain('每单最多安排 3 位候选人面试');
    expect(await countRows(interviews, s.admin.companyId)).toBe(n);
    expect(await bookingsOf(d!.id)).toHaveLength(0);

    // The list: names, tiers, score parts — never a phone.
    const list = await s.dispatcher$('GET', `/orders/${orderId}/interviews`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { workerId: string }) => i.workerId)).toEqual([a!.id, b!.id, c!.id]);
    expect(list.json().items[0].scoreParts.length).toBeGreaterThan(0);
    expect(list.body).not.toMatch(/1390077\d{4}/);

    // After the interviews the customer chooses b: a and c are declined and their hours freed.
    clock.advance(4 * HOUR); // 06:00Z, after the interviews
    try {
      const choiceAt = clock.now().toISOString();
      const chosen = await s.dispatcher$('POST', `/interviews/${ids[1]}/choose`, {});
      expect(chosen.statusCode, chosen.body).toBe(200);
      const body = chosen.json();
      expect(body.interview.state).toBe('chosen');
      expect(body.declined.sort()).toEqual([ids[0], ids[2]].sort());
      expect(body.assignment).toMatchObject({
        workerId: b!.id,
        kind: 'placement',
        state: 'active',
        releaseFrom: choiceAt,
        startsAt: '2026-12-09T16:00:00.000Z', // 12-10 00:00 Shanghai
        endsAt: '2027-01-08T16:00:00.000Z', // one month of 30 days
        releaseUntil: '2027-01-08T16:00:00.000Z',
      });
      for (const w of [a!, c!]) {
        expect((await bookingsOf(w.id)).map((x) => x.state)).toEqual(['cancelled']);
      }
      const states = await handle.db
        .select({ id: interviews.id, state: interviews.state })
        .from(interviews)
        .where(eq(interviews.orderId, orderId));
      expect(Object.fromEntries(states.map((x) => [x.id, x.state]))).toEqual({
        [ids[0]!]: 'declined',
        [ids[1]!]: 'chosen',
        [ids[2]!]: 'declined',
      });
      const bBookings = await bookingsOf(b!.id);
      expect(bBookings.filter((x) => x.kind === 'placement' && x.state === 'active')).toHaveLength(1);
      // A second choice is refused.
      expect((await s.dispatcher$('POST', `/interviews/${ids[0]}/choose`, {})).statusCode).toBe(409);

      // Trial, then start: the follow-up is due within 3 days, for her team's supervisor.
      expect((await s.dispatcher$('POST', `/orders/${orderId}/start`, {})).statusCode).toBe(409); // not in trial
      const trial = await s.dispatcher$('POST', `/orders/${orderId}/trial`);
      expect(trial.statusCode, trial.body).toBe(200);
      expect(trial.json().status).toBe('trial');
      const started = await s.dispatcher$('POST', `/orders/${orderId}/start`, {});
      expect(started.statusCode, started.body).toBe(200);
      expect(started.json()).toMatchObject({
        status: 'in_service',
        startDate: START,
        followUp: {
          dueOn: '2026-12-13',
          assigneeUserId: s.supervisor.id,
          storeId: s.storeA.id,
          state: 'open',
        },
      });
      const [wb] = await handle.db.select().from(workers).where(eq(workers.id, b!.id));
      expect(wb!.status).toBe('on_placement');

      // The supervisor of store A sees it; store B's does not; a dispatcher may not.
      const mine = await s.supervisor$('GET', '/follow-ups?state=open&due=all');
      expect(mine.statusCode).toBe(200);
      expect(mine.json().items.map((t: { orderId: string }) => t.orderId)).toEqual([orderId]);
      expect((await s.supervisor$('GET', '/follow-ups?due=overdue')).json().items).toHaveLength(0);
      expect((await s.otherSupervisor$('GET', '/follow-ups')).json().items).toHaveLength(0);
      expect((await s.dispatcher$('GET', '/follow-ups')).statusCode).toBe(403);
      const taskId = mine.json().items[0].id;
      expect(
        (await s.otherSupervisor$('POST', `/follow-ups/${taskId}/complete`, { outcome: '一切正常' }))
          .statusCode,
      ).toBe(404);
      const done = await s.supervisor$('POST', `/follow-ups/${taskId}/complete`, {
        outcome: '客户满意，家政员适应良好',
      });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toMatchObject({ state: 'done', outcome: '客户满意，家政员适应良好' });
      const [audit] = await handle.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, taskId), eq(auditLog.action, 'followup.complete')));
      expect(audit).toBeDefined();
      expect(
        (await s.supervisor$('POST', `/follow-ups/${taskId}/complete`, { outcome: '再次' })).statusCode,
      ).toBe(409);
    } finally {
      clock.advance(-4 * HOUR);
    }
  });

  it('declines one candidate with a reason and frees her hour', async () => {
    const s = await setup();
    const w = await s.nanny();
    const orderId = await s.contractedPlacement();
    const i = (
      await s.dispatcher$('POST', `/orders/${orderId}/interviews`, {
        workerId: w.id,
        scheduledAt: at(3),
        mode: 'store',
      })
    ).json();
    const res = await s.dispatcher$('POST', `/interviews/${i.id}/decline`, {
      reason: '客户希望找会做川菜的',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'declined', note: '客户希望找会做川菜的' });
    expect((await bookingsOf(w.id)).map((b) => b.state)).toEqual(['cancelled']);
    expect((await orderOf(orderId)).status).toBe('interview');
  });

  it('refuses a worker who breaks a hard rule (422 naming it) and a busy hour (409)', async () => {
    const s = await setup();
    const noBrief = await s.worker({ skills: NANNY_SKILLS }); // no 上户培训
    const w = await s.nanny();
    const orderId = await s.contractedPlacement();
    const other = await s.contractedPlacement();
    const bad = await s.dispatcher$('POST', `/orders/${orderId}/interviews`, {
      workerId: noBrief.id,
      scheduledAt: at(3),
      mode: 'store',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().detail).toContain('未参加上户培训');
    expect((await orderOf(orderId)).status).toBe('contracted');
    const first = await s.dispatcher$('POST', `/orders/${other}/interviews`, {
      workerId: w.id,
      scheduledAt: at(3),
      mode: 'store',
    });
    expect(first.statusCode).toBe(201);
    const busy = await s.dispatcher$('POST', `/orders/${orderId}/interviews`, {
      workerId: w.id,
      scheduledAt: at(3),
      mode: 'video',
    });
    expect(busy.statusCode).toBe(409);
    expect(busy.json().detail).toContain(other);
  });
});

describe('replacement 换人 (R11)', () => {
  it('counts 3 replacements; the 4th needs a store manager: 422 without, 403 for a dispatcher, 201 with', async () => {
    const s = await setup();
    const ws = [];
    for (let k = 0; k < 5; k++) ws.push(await s.nanny());
    const orderId = await s.contractedPlacement();

    for (let k = 0; k < 3; k++) {
      await toTrial(s, orderId, ws[k]!.id, 3 + k);
      const r = await s.dispatcher$('POST', `/orders/${orderId}/replacements`, {
        kind: k === 0 ? 'failed_trial' : 'customer_request',
        reason: `第 ${k + 1} 次换人：客户不满意`,
      });
      expect(r.statusCode, r.body).toBe(201);
      expect(r.json()).toMatchObject({ status: 'dispatched', used: k + 1, left: 2 - k, quota: 3 });
      expect(r.json().replacement).toMatchObject({
        fromWorkerId: ws[k]!.id,
        counted: true,
        toWorkerId: null,
      });
      const [asg] = await handle.db
        .select()
        .from(assignments)
        .where(and(eq(assignments.orderId, orderId), eq(assignments.workerId, ws[k]!.id)));
      expect(asg!.state).toBe('replaced');
      expect((await bookingsOf(ws[k]!.id)).filter((b) => b.kind === 'placement').map((b) => b.state)).toEqual(
        ['cancelled'],
      );
    }
    await toTrial(s, orderId, ws[3]!.id, 7);

    const before = await countRows(replacements, s.admin.companyId);
    const over = await s.dispatcher$('POST', `/orders/${orderId}/replacements`, {
      kind: 'customer_request',
      reason: '客户仍不满意',
    });
    expect(over.statusCode).toBe(422);
    expect(over.json().detail).toContain('已达合同约定的换人次数 3 次，需店长审批');
    const forbidden = await s.dispatcher$('POST', `/orders/${orderId}/replacements`, {
      kind: 'customer_request',
      reason: '客户仍不满意',
      override: { reason: '老客户，店长口头同意' },
    });
    expect(forbidden.statusCode).toBe(403);
    expect(await countRows(replacements, s.admin.companyId)).toBe(before);
    expect((await orderOf(orderId)).status).toBe('trial');

    const approved = await s.manager$('POST', `/orders/${orderId}/replacements`, {
      kind: 'customer_request',
      reason: '客户仍不满意',
      override: { reason: '老客户，店长特批第 4 次' },
    });
    expect(approved.statusCode, approved.body).toBe(201);
    expect(approved.json()).toMatchObject({ used: 4, left: 0 });
    expect(approved.json().replacement.override).toMatchObject({ reason: '老客户，店长特批第 4 次' });

    // The next choice fills in who replaced her.
    await toTrial(s, orderId, ws[4]!.id, 8);
    const history = await s.dispatcher$('GET', `/orders/${orderId}/replacements`);
    expect(history.statusCode).toBe(200);
    const items = history.json().items as { fromWorkerId: string; toWorkerId: string | null }[];
    expect(items.map((i) => [i.fromWorkerId, i.toWorkerId])).toEqual([
      [ws[0]!.id, ws[1]!.id],
      [ws[1]!.id, ws[2]!.id],
      [ws[2]!.id, ws[3]!.id],
      [ws[3]!.id, ws[4]!.id],
    ]);
    expect(history.json()).toMatchObject({ quota: 3, used: 4, left: 0 });
  });
});

describe('emergency replacement 紧急换人 (R32)', () => {
  it('a no-show on a visit: incident on her file, assignment replaced, time freed, order urgent, candidates', async () => {
    const s = await setup();
    const late = await s.worker({ name: '赵爽约' });
    const sameStore = await s.worker({ name: '钱同店' });
    const otherStore = await s.worker({ name: '孙邻店', storeId: s.storeB.id });
    const orderId = await s.contractedVisit('2026-12-07T01:00:00Z'); // Monday 09:00
    const assigned = await s.dispatcher$('POST', `/orders/${orderId}/assign`, { workerId: late.id });
    expect(assigned.statusCode, assigned.body).toBe(201);

    const res = await s.aftersales$('POST', `/orders/${orderId}/emergency`, {
      kind: 'no_show',
      note: '九点未到，电话不接',
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ orderId, urgent: true, status: 'dispatched' });
    expect(body.replacement).toMatchObject({ kind: 'no_show', counted: false, fromWorkerId: late.id });
    const next = body.next.map((c: { workerId: string }) => c.workerId);
    expect(next).toEqual(expect.arrayContaining([sameStore.id, otherStore.id])); // every store (R4)
    expect(next).not.toContain(late.id);
    expect(next.length).toBeLessThanOrEqual(5);

    const incidents = await handle.db
      .select()
      .from(workerIncidents)
      .where(eq(workerIncidents.workerId, late.id));
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ kind: 'no_show', blocking: false });
    expect(incidents[0]!.description).toContain('九点未到');
    expect((await orderOf(orderId)).urgent).toBe(true);
    const [asg] = await handle.db.select().from(assignments).where(eq(assignments.id, assigned.json().id));
    expect(asg).toMatchObject({ state: 'replaced' });
    expect((await bookingsOf(late.id)).map((b) => b.state)).toEqual(['cancelled']);
    const events = await handle.db
      .select({ action: orderEvents.action, data: orderEvents.data })
      .from(orderEvents)
      .where(eq(orderEvents.orderId, orderId));
    expect(events.find((e) => e.action === 'emergency_replace')?.data).toMatchObject({ label: '紧急换人' });

    // The dispatcher assigns again at once (another store's worker: the order is urgent now).
    const again = await s.dispatcher$('POST', `/orders/${orderId}/assign`, { workerId: otherStore.id });
    expect(again.statusCode, again.body).toBe(201);
    // A second emergency without a live assignment on a different state order is refused.
    const history = (await s.dispatcher$('GET', `/orders/${orderId}/replacements`)).json();
    expect(history).toMatchObject({ used: 0 });
  });

  it('an accident on a placement in service: back to dispatch, not counted against the quota', async () => {
    const s = await setup();
    const w = await s.nanny();
    const orderId = await s.contractedPlacement();
    await toTrial(s, orderId, w.id, 3);
    // She starts two days late: the order, her calendar hold and the follow-up move with it.
    const started = await s.dispatcher$('POST', `/orders/${orderId}/start`, { startDate: '2026-12-12' });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json().followUp.dueOn).toBe('2026-12-15');
    expect((await orderOf(orderId)).startDate).toBe('2026-12-12');
    const held = (await bookingsOf(w.id)).filter((b) => b.kind === 'placement' && b.state === 'active');
    expect(held.map((b) => b.startsAt.toISOString())).toEqual(['2026-12-11T16:00:00.000Z']);
    const res = await s.dispatcher$('POST', `/orders/${orderId}/emergency`, {
      kind: 'accident',
      note: '摔伤住院',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'dispatched', urgent: true });
    const [wr] = await handle.db.select().from(workers).where(eq(workers.id, w.id));
    expect(wr!.status).toBe('available');
    const tasks = await handle.db.select().from(followUpTasks).where(eq(followUpTasks.orderId, orderId));
    expect(tasks.map((t) => t.state)).toEqual(['cancelled']); // she left: nothing to follow up
    const history = (await s.dispatcher$('GET', `/orders/${orderId}/replacements`)).json();
    expect(history).toMatchObject({ used: 0, left: 3 });
    expect(history.items[0]).toMatchObject({ kind: 'accident', counted: false });
  });
});

describe('bad input', () => {
  it('answers 422 with Chinese field messages and writes nothing', async () => {
    const s = await setup();
    const w = await s.nanny();
    const orderId = await s.contractedPlacement();
    const counts = async () => [
      await countRows(interviews, s.admin.companyId),
      await countRows(workerBookings, s.admin.companyId),
      await countRows(auditLog, s.admin.companyId),
      await countRows(replacements, s.admin.companyId),
    ];
    const before = await counts();
    const res = await s.dispatcher$('POST', `/orders/${orderId}/interviews`, {
      workerId: w.id,
      scheduledAt: '明天上午',
      mode: 'car',
    });
    expect(res.statusCode).toBe(422);
    const errors = res.json().errors as { field: string; message: string }[];
    expect(errors.map((e) => e.field).sort()).toEqual(['mode', 'scheduledAt']);
    expect(errors.find((e) => e.field === 'scheduledAt')!.message).toContain('时间格式');
    expect(errors.find((e) => e.field === 'mode')!.message).toBe('应为以下之一：store、video');

    const past = await s.dispatcher$('POST', `/orders/${orderId}/interviews`, {
      workerId: w.id,
      scheduledAt: '2026-12-01T02:00:00Z',
      mode: 'store',
    });
    expect(past.statusCode).toBe(422);
    expect(past.json().errors[0]).toMatchObject({ field: 'scheduledAt', message: '面试时间不能早于现在' });

    const emergency = await s.aftersales$('POST', `/orders/${orderId}/emergency`, { kind: 'late', note: '' });
    expect(emergency.statusCode).toBe(422);
    expect(
      emergency
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['kind', 'note']);
    const replacement = await s.dispatcher$('POST', `/orders/${orderId}/replacements`, {
      kind: 'customer_request',
    });
    expect(replacement.statusCode).toBe(422);
    expect(replacement.json().errors[0]).toMatchObject({ field: 'reason', message: '必填' });
    // A contracted placement has nobody to replace.
    const early = await s.aftersales$('POST', `/orders/${orderId}/emergency`, {
      kind: 'no_show',
      note: '未到',
    });
    expect(early.statusCode).toBe(409);

    expect(await counts()).toEqual(before);
    expect((await orderOf(orderId)).status).toBe('contracted');
    expect(
      await handle.db.select().from(followUpTasks).where(eq(followUpTasks.orderId, orderId)),
    ).toHaveLength(0);
  });
});
