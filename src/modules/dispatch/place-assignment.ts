import type { Db } from '../../db/client.ts';
import type { orders } from '../../db/schema/orders.ts';
import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { addTimelineEvent, applyTransition } from '../orders/index.ts';
import { type AssignmentRow, insertAssignment } from './assignment.repository.ts';
import { insertBooking } from './booking.repository.ts';
import type { ScorePart } from './scoring.rules.ts';
import './audit-events.ts';

type OrderRow = typeof orders.$inferSelect;

export type Placement = {
  workerId: string;
  workerName: string;
  startsAt: Date;
  endsAt: Date;
  state: 'offered' | 'active';
  score: number | null;
  parts: ScorePart[];
  releaseFrom: Date | null;
  releaseUntil: Date | null;
  offerExpiresAt: Date | null;
  via: 'manual' | 'plan' | 'offer_next' | 'interview';
};

/**
 * Gives an order to a worker, inside the caller's transaction: holds her calendar (the exclusion
 * constraint refuses an overlap with 409 naming the job that holds the time), records the
 * assignment (one live per order, else 409), moves a contracted order to dispatched, writes the
 * timeline and the audit row. Hard rules are the caller's to check first.
 */
export async function placeAssignment(
  tx: Db,
  ctx: Ctx,
  order: OrderRow,
  p: Placement,
): Promise<AssignmentRow> {
  const companyId = order.companyId;
  const booking = await insertBooking(tx, {
    companyId,
    id: newId('bk'),
    workerId: p.workerId,
    orderId: order.id,
    kind: order.mode,
    startsAt: p.startsAt,
    endsAt: p.endsAt,
    createdBy: ctx.actor.userId,
  });
  const a = await insertAssignment(tx, {
    companyId,
    id: newId('asg'),
    orderId: order.id,
    workerId: p.workerId,
    bookingId: booking.id,
    kind: order.mode,
    state: p.state,
    startsAt: p.startsAt,
    endsAt: p.endsAt,
    releaseFrom: p.releaseFrom,
    releaseUntil: p.releaseUntil,
    score: p.score,
    scoreParts: p.parts,
    offerExpiresAt: p.offerExpiresAt,
    assignedBy: ctx.actor.userId,
    createdAt: ctx.clock.now(),
  });
  const data = { assignmentId: a.id, workerId: p.workerId, workerName: p.workerName, state: p.state };
  if (order.status === 'contracted') await applyTransition(tx, ctx, order, 'dispatch', data);
  else await addTimelineEvent(tx, ctx, order.id, p.state === 'offered' ? 'job_offer' : 'assign', { data });
  await writeAudit(tx, auditMeta(ctx), {
    action: 'dispatch.assign',
    entityType: 'order',
    entityId: order.id,
    payload: {
      assignmentId: a.id,
      workerId: p.workerId,
      bookingId: booking.id,
      state: p.state,
      startsAt: p.startsAt.toISOString(),
      endsAt: p.endsAt.toISOString(),
      score: p.score,
      via: p.via,
    },
  });
  return a;
}

/** The address release window of a visit (R16): from `leadMinutes` before the start to the end. */
export const visitReleaseWindow = (startsAt: Date, endsAt: Date, leadMinutes: number) => ({
  releaseFrom: new Date(startsAt.getTime() - leadMinutes * 60_000),
  releaseUntil: endsAt,
});
