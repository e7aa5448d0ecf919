import type { Db } from '../../db/client.ts';
import type { orders } from '../../db/schema/orders.ts';
import type { Ctx } from '../../platform/context.ts';
import { addTimelineEvent } from '../orders/index.ts';
import { assignmentsOfOrder } from './assignment.repository.ts';
import { loadDispatchSettings } from './company-settings.ts';
import { placeAssignment, visitReleaseWindow } from './place-assignment.ts';
import { rankCandidates } from './scoring.rules.ts';
import { buildShortlist } from './shortlist.ts';

type OrderRow = typeof orders.$inferSelect;

/**
 * After a declined or timed-out offer: offers the order to the best eligible worker who has not
 * yet been asked for it. When nobody is left, the timeline says so and the dispatcher takes over.
 */
export async function offerNext(tx: Db, ctx: Ctx, order: OrderRow) {
  const settings = await loadDispatchSettings(tx, order.companyId);
  const now = ctx.clock.now();
  const asked = new Set((await assignmentsOfOrder(tx, order.companyId, order.id)).map((a) => a.workerId));
  const sl = await buildShortlist(tx, order, settings, now, { eligibleOnly: true });
  const next = rankCandidates(sl.candidates.map((c) => ({ ...c, id: c.worker.id }))).find(
    (c) => !asked.has(c.worker.id),
  );
  if (!next) {
    await addTimelineEvent(tx, ctx, order.id, 'offer_exhausted', { data: { asked: asked.size } });
    return null;
  }
  return placeAssignment(tx, ctx, order, {
    workerId: next.worker.id,
    workerName: next.worker.name,
    startsAt: sl.job.startsAt,
    endsAt: sl.job.endsAt,
    state: 'offered',
    score: next.score,
    parts: next.parts,
    ...visitReleaseWindow(sl.job.startsAt, sl.job.endsAt, settings.releaseLeadMinutes),
    offerExpiresAt: new Date(now.getTime() + settings.offerTimeoutMinutes * 60_000),
    via: 'offer_next',
  });
}
