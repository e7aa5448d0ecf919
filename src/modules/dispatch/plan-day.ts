import type { Ctx } from '../../platform/context.ts';
import { loadDispatchSettings } from './company-settings.ts';
import { bookingsOfDay, dayBounds, openVisitOrders, workersOfStores } from './day.repository.ts';
import { dayScope } from './day-scope.ts';
import { type Point, pointOf } from './geo.ts';
import type { PlanEdge, PlanJob, PlanWorker } from './optimizer/index.ts';
import { planDay } from './optimizer/index.ts';
import { buildShortlist } from './shortlist.ts';

const MIN = 60_000;
const hm = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** Planar km around a reference point (equirectangular; exact enough inside one city). */
const planar = (p: Point, ref: Point) => ({
  x: (p.lng - ref.lng) * 111.32 * Math.cos((ref.lat * Math.PI) / 180),
  y: (p.lat - ref.lat) * 110.57,
});

/**
 * POST /dispatch/plan — proposes a whole day at once: every open visit order of the day for the
 * store (or the company), each to an eligible worker, maximising the total score subject to the
 * hard rules and each worker's day (time windows, travel between jobs, working hours, maximum
 * minutes; optimizer/day-plan.ts). Nothing is written: the dispatcher looks at the plan on the
 * board, changes it, and accepts all or part (accept-plan.ts).
 * Existing bookings of the day count against her maximum minutes; an order that would overlap one
 * is not offered to her, and a proposal that would is dropped with the reason.
 */
export async function proposeDayPlan(ctx: Ctx, input: { date: string; storeId?: string }) {
  const t0 = performance.now();
  const storeIds = dayScope(ctx, input.storeId);
  const companyId = ctx.actor.companyId;
  const settings = await loadDispatchSettings(ctx.db, companyId);
  const now = ctx.clock.now();
  const dayStart = dayBounds(input.date).from.getTime();
  const open = await openVisitOrders(ctx.db, companyId, input.date, storeIds);
  const pool = await workersOfStores(ctx.db, companyId, storeIds);
  const booked = await bookingsOfDay(ctx.db, companyId, input.date, storeIds);

  const workerIndex = new Map(pool.map((w, i) => [w.id, i]));
  const bookedMinutes = new Map<string, number>();
  for (const b of booked) {
    const m = (b.endsAt.getTime() - b.startsAt.getTime()) / MIN;
    bookedMinutes.set(b.workerId, (bookedMinutes.get(b.workerId) ?? 0) + m);
  }
  const homes = pool.map((w) => pointOf(w.homeLat, w.homeLng, w.homeDistrict));
  const jobs: PlanJob[] = [];
  const sites: (Point | null)[] = [];
  const edges: PlanEdge[] = [];
  const unplannable: { orderId: string; reason: string }[] = [];
  for (const o of open) {
    const sl = await buildShortlist(ctx.db, o, settings, now, { eligibleOnly: true });
    const j = jobs.length;
    jobs.push({
      id: o.id,
      earliestStart: (sl.job.startsAt.getTime() - dayStart) / MIN,
      latestStart: (sl.job.latestStart.getTime() - dayStart) / MIN,
      duration: sl.job.durationMinutes,
      x: 0,
      y: 0,
    });
    sites.push(sl.site);
    let any = false;
    for (const c of sl.candidates) {
      const w = workerIndex.get(c.worker.id);
      if (!c.eligible || w === undefined) continue;
      edges.push({ job: j, worker: w, score: c.score });
      any = true;
    }
    if (!any) unplannable.push({ orderId: o.id, reason: '没有符合派单规则的家政员' });
  }
  const known = [...homes, ...sites].filter((p): p is Point => p !== null);
  const ref = known.length
    ? {
        lat: known.reduce((s, p) => s + p.lat, 0) / known.length,
        lng: known.reduce((s, p) => s + p.lng, 0) / known.length,
      }
    : { lat: 0, lng: 0 };
  // A place we do not know sits at the reference point: travel to it is then only an estimate.
  for (const [j, job] of jobs.entries()) {
    const site = sites[j];
    if (site) Object.assign(job, planar(site, ref));
  }
  const workers: PlanWorker[] = pool.map((w, i) => ({
    id: w.id,
    ...(homes[i] ? planar(homes[i]!, ref) : { x: 0, y: 0 }),
    shiftStart: hm(w.workStart),
    shiftEnd: hm(w.workEnd),
    maxWorkMinutes: Math.max(0, settings.maxDailyMinutes - (bookedMinutes.get(w.id) ?? 0)),
  }));
  const result = planDay({ jobs, workers, edges, speedKmh: settings.speedKmh }, { timeBudgetMs: 1500 });

  const scoreOf = new Map(edges.map((e) => [`${e.job}:${e.worker}`, e.score]));
  const items: {
    orderId: string;
    workerId: string;
    workerName: string;
    startsAt: string;
    endsAt: string;
    score: number;
  }[] = [];
  const planned = new Set<number>();
  for (const a of result.assignments) {
    const job = jobs[a.job]!;
    const w = pool[a.worker]!;
    const startsAt = new Date(dayStart + a.start * MIN);
    const endsAt = new Date(startsAt.getTime() + job.duration * MIN);
    const clash = booked.find((b) => b.workerId === w.id && b.startsAt < endsAt && b.endsAt > startsAt);
    if (clash) {
      unplannable.push({ orderId: job.id, reason: `与${w.name}已有的安排冲突` });
      continue;
    }
    planned.add(a.job);
    items.push({
      orderId: job.id,
      workerId: w.id,
      workerName: w.name,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      score: scoreOf.get(`${a.job}:${a.worker}`) ?? 0,
    });
  }
  const reasons = new Map(unplannable.map((u) => [u.orderId, u.reason]));
  const unassigned = jobs
    .filter((_, j) => !planned.has(j))
    .map((job) => ({ orderId: job.id, reason: reasons.get(job.id) ?? '当天没有可排开的家政员时间' }));
  return {
    date: input.date,
    objective: Math.round(items.reduce((s, i) => s + i.score, 0) * 10) / 10,
    items,
    unassigned,
    stats: { orders: jobs.length, workers: workers.length, ms: Math.round(performance.now() - t0) },
  };
}
