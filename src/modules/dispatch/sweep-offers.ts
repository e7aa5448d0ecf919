import type { Db } from '../../db/client.ts';
import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Ctx } from '../../platform/context.ts';
import { addTimelineEvent, findOrder } from '../orders/index.ts';
import { expiredOffers } from './assignment.repository.ts';
import { endAssignment } from './end-assignment.ts';
import { offerNext } from './offer-next.ts';

/**
 * Offers nobody answered in time: each expires and the job goes to the next candidate, on behalf
 * of the dispatcher who made the offer (the audit row says it was the timeout). Run every minute
 * by main.ts; tests call it with their own clock. Returns how many offers expired.
 */
export async function sweepExpiredOffers(db: Db, clock: Clock): Promise<number> {
  let n = 0;
  for (const a of await expiredOffers(db, clock.now())) {
    const ctx: Ctx = {
      db,
      clock,
      requestId: 'offer-timeout',
      ip: null,
      actor: {
        userId: a.assignedBy,
        companyId: a.companyId,
        username: 'system',
        displayName: '系统',
        roles: [],
      },
    };
    const expire = (passOn: boolean) =>
      db.transaction(async (tx) => {
        const ended = await endAssignment(tx, ctx, a, 'expired', '超时未接单', ['offered']);
        if (!ended) return false;
        await writeAudit(tx, auditMeta(ctx), {
          action: 'dispatch.offer_answer',
          entityType: 'order',
          entityId: a.orderId,
          payload: { assignmentId: a.id, workerId: a.workerId, answer: 'timeout', reason: null },
        });
        const order = await findOrder(tx, a.companyId, a.orderId);
        if (order && passOn) await offerNext(tx, { ...ctx, db: tx }, order);
        else if (order)
          await addTimelineEvent(tx, ctx, order.id, 'offer_exhausted', { data: { afterError: true } });
        return true;
      });
    // If passing the job on fails (the next worker's time was taken meanwhile, say), the offer
    // still expires and the dispatcher takes over: one bad offer never blocks the sweep.
    const moved = await expire(true).catch(() => expire(false));
    if (moved) n++;
  }
  return n;
}
