import type { Ctx } from '../../platform/context.ts';
import { authorize } from '../../platform/permissions.ts';
import { listCallbackRows } from './order.repository.ts';
import { toCallbackQueueItem } from './order.views.ts';
import { todayOf } from './order-helpers.ts';

/** The callback work queue (R5, R7): open callbacks, soonest first; `mine` = the agent's own. */
export async function listCallbacks(ctx: Ctx, q: { mine?: boolean; due?: 'overdue' | 'today' | 'upcoming' }) {
  const scope = authorize(ctx.actor, 'order.read');
  const today = todayOf(ctx);
  const rows = await listCallbackRows(ctx.db, ctx.actor.companyId, scope, {
    ownerUserId: q.mine ? ctx.actor.userId : undefined,
    dueBefore: q.due === 'overdue' ? today : undefined,
    dueOn: q.due === 'today' ? today : undefined,
    dueAfter: q.due === 'upcoming' ? today : undefined,
  });
  return { items: rows.map((r) => toCallbackQueueItem(r, today)) };
}
