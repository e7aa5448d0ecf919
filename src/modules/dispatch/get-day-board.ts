import type { Ctx } from '../../platform/context.ts';
import { TIER_LABELS } from '../workers/index.ts';
import { bookingsOfDay, openVisitOrders, serviceTypesOf, workersOfStores } from './day.repository.ts';
import { dayScope } from './day-scope.ts';
import { jobTimeOf } from './job.ts';

const hm = (t: string) => t.slice(0, 5);

/**
 * GET /dispatch/board — a day of a store (or the company): workers × their bookings, and the
 * visit orders still waiting for a worker. Names only; no phones or addresses.
 */
export async function getDayBoard(ctx: Ctx, q: { date: string; storeId?: string }) {
  const storeIds = dayScope(ctx, q.storeId);
  const companyId = ctx.actor.companyId;
  const ws = await workersOfStores(ctx.db, companyId, storeIds);
  const bookings = await bookingsOfDay(ctx.db, companyId, q.date, storeIds);
  const open = await openVisitOrders(ctx.db, companyId, q.date, storeIds);
  const services = new Map((await serviceTypesOf(ctx.db, companyId)).map((s) => [s.id, s]));
  const byWorker = new Map<string, typeof bookings>();
  for (const b of bookings) byWorker.set(b.workerId, [...(byWorker.get(b.workerId) ?? []), b]);
  return {
    date: q.date,
    storeId: q.storeId ?? null,
    workers: ws.map((w) => ({
      id: w.id,
      name: w.name,
      storeId: w.storeId,
      tier: w.tier,
      tierLabel: w.tier ? TIER_LABELS[w.tier] : null,
      workStart: hm(w.workStart),
      workEnd: hm(w.workEnd),
      bookings: (byWorker.get(w.id) ?? []).map((b) => ({
        id: b.id,
        orderId: b.orderId,
        kind: b.kind,
        startsAt: b.startsAt.toISOString(),
        endsAt: b.endsAt.toISOString(),
        serviceName: b.serviceName,
        district: b.district,
        state: b.assignmentState,
      })),
    })),
    openOrders: open.flatMap((o) => {
      const s = services.get(o.serviceTypeId);
      if (!s) return [];
      const job = jobTimeOf(o, s);
      return [
        {
          id: o.id,
          serviceName: s.name,
          district: o.district,
          windowStart: job.startsAt.toISOString(),
          windowEnd: o.windowEnd?.toISOString() ?? null,
          latestStart: job.latestStart.toISOString(),
          durationMinutes: job.durationMinutes,
          urgent: o.urgent,
        },
      ];
    }),
  };
}
