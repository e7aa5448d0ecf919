import type { Db } from '../../db/client.ts';
import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { addTimelineEvent } from '../orders/index.ts';
import { type AssignmentRow, updateAssignmentIf } from './assignment.repository.ts';
import { cancelBooking } from './booking.repository.ts';
import './audit-events.ts';

/**
 * Ends a live assignment (cancelled, declined, expired, replaced, done) inside the caller's
 * transaction: frees her calendar, writes the timeline and the audit row. Undefined when the
 * assignment had already left `from` (someone else ended it first).
 */
export async function endAssignment(
  tx: Db,
  ctx: Ctx,
  a: AssignmentRow,
  to: 'cancelled' | 'declined' | 'expired' | 'replaced' | 'done',
  reason: string | null,
  from: AssignmentRow['state'][] = ['offered', 'active'],
): Promise<AssignmentRow | undefined> {
  const now = ctx.clock.now();
  const ended = await updateAssignmentIf(tx, a.companyId, a.id, from, {
    state: to,
    endReason: to === 'declined' ? null : reason,
    declineReason: to === 'declined' ? reason : a.declineReason,
    respondedAt: to === 'declined' || to === 'expired' ? now : a.respondedAt,
  });
  if (!ended) return undefined;
  if (a.bookingId && to !== 'done') await cancelBooking(tx, a.companyId, a.bookingId);
  await addTimelineEvent(tx, ctx, a.orderId, `assignment_${to}`, {
    data: { assignmentId: a.id, workerId: a.workerId, ...(reason ? { reason } : {}) },
  });
  await writeAudit(tx, auditMeta(ctx), {
    action: 'dispatch.end',
    entityType: 'order',
    entityId: a.orderId,
    payload: { assignmentId: a.id, workerId: a.workerId, from: a.state, to, reason },
  });
  return ended;
}
