import type { Db } from '../../db/client.ts';
import type { Ctx } from '../../platform/context.ts';
import type { OrderRow } from '../orders/index.ts';
import { setWorkerDispatchStatus } from '../workers/index.ts';
import { assignmentsOfOrder } from './assignment.repository.ts';
import { cancelBooking } from './booking.repository.ts';
import { endAssignment } from './end-assignment.ts';
import {
  cancelOpenFollowUps,
  decideInterview,
  interviewsOfOrder,
  workerBrief,
} from './placements/placement.repository.ts';

/**
 * When an order ends (cancelled, terminated, closed — the orders module calls this inside the same
 * transaction, see `onOrderEnd`): a live assignment ends (cancelled, or done for a closed order)
 * and frees her time, so the worker no longer sees the job or its address; scheduled interviews are
 * cancelled with their hours; open follow-ups are cancelled; a worker on this placement is
 * available again.
 */
export async function releaseOrderHolds(tx: Db, ctx: Ctx, order: OrderRow): Promise<void> {
  const reason =
    order.status === 'closed' ? null : `订单${order.status === 'cancelled' ? '已取消' : '已解约'}`;
  for (const a of await assignmentsOfOrder(tx, order.companyId, order.id)) {
    if (a.state !== 'offered' && a.state !== 'active') continue;
    await endAssignment(tx, ctx, a, order.status === 'closed' ? 'done' : 'cancelled', reason);
    await cancelOpenFollowUps(tx, order.companyId, order.id, a.workerId);
    if (a.kind === 'placement') {
      const w = await workerBrief(tx, order.companyId, a.workerId);
      if (w) await setWorkerDispatchStatus(tx, ctx, w, 'available', reason ?? `订单 ${order.id} 已结束`);
    }
  }
  for (const i of await interviewsOfOrder(tx, order.companyId, order.id, ['scheduled'])) {
    await decideInterview(tx, order.companyId, i.id, {
      state: 'cancelled',
      decidedAt: ctx.clock.now(),
      decidedBy: ctx.actor.userId,
      note: reason,
    });
    if (i.bookingId) await cancelBooking(tx, order.companyId, i.bookingId);
  }
}
