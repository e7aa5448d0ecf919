import type { Ctx } from '../../platform/context.ts';
import { pageOf } from '../../platform/pagination.ts';
import { authorize } from '../../platform/permissions.ts';
import { listInboxRows, listOrderRows } from './order.repository.ts';
import { toOrderListItem } from './order.views.ts';
import { todayOf } from './order-helpers.ts';
import type { TOrderQuery } from './schemas.ts';

/** Orders newest first: store-scoped roles see their stores' orders; agents the whole company. */
export async function listOrders(ctx: Ctx, q: TOrderQuery) {
  const scope = authorize(ctx.actor, 'order.read');
  const rows = await listOrderRows(ctx.db, ctx.actor.companyId, scope, {
    status: q.status,
    storeId: q.storeId,
    serviceTypeId: q.serviceTypeId,
    ownerAgentId: q.ownerAgentId,
    urgent: q.urgent,
    routing: q.routing,
    from: q.from ? new Date(q.from) : undefined,
    to: q.to ? new Date(q.to) : undefined,
    overdueBefore: q.overdueCallbacks ? todayOf(ctx) : undefined,
    limit: q.limit,
    cursor: q.cursor,
  });
  const page = pageOf(rows, q.limit);
  return { items: page.items.map(toOrderListItem), nextCursor: page.nextCursor };
}

/** The store inbox (R3, R4): orders routed to my stores to accept or being clarified, and urgent offers. */
export async function listInbox(ctx: Ctx) {
  const scope = authorize(ctx.actor, 'order.accept');
  const rows = await listInboxRows(ctx.db, ctx.actor.companyId, scope);
  return { items: rows.map(toOrderListItem) };
}
