import { and, desc, eq, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { serviceTypes } from '../../db/schema/catalog.ts';
import { orders, quotes } from '../../db/schema/orders.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { pageOf } from '../../platform/pagination.ts';
import { ORDER_STATE_LABELS } from './orders.rules.ts';
import { customerIdsOfUser } from './quote.repository.ts';

/** The total of the order's latest quote still in force (issued or decided), if any. */
const latestQuoteTotal = sql<number | null>`(select ${quotes.totalFen} from ${quotes}
  where ${quotes.companyId} = ${orders.companyId} and ${quotes.orderId} = ${orders.id}
  and ${quotes.state} <> 'superseded' order by ${quotes.version} desc limit 1)`;

/** The orders of the given customer files, newest first, with the service name (a narrow read). */
async function myOrderRows(
  db: Db,
  companyId: string,
  customerIds: string[],
  f: { limit: number; cursor?: string },
) {
  const w: SQL[] = [eq(orders.companyId, companyId), inArray(orders.customerId, customerIds)];
  if (f.cursor) w.push(lt(orders.id, f.cursor));
  return db
    .select({
      id: orders.id,
      status: orders.status,
      mode: orders.mode,
      serviceName: serviceTypes.name,
      windowStart: orders.windowStart,
      windowEnd: orders.windowEnd,
      startDate: orders.startDate,
      quoteTotalFen: latestQuoteTotal,
      createdAt: orders.createdAt,
    })
    .from(orders)
    .leftJoin(
      serviceTypes,
      and(eq(serviceTypes.companyId, orders.companyId), eq(serviceTypes.id, orders.serviceTypeId)),
    )
    .where(and(...w))
    .orderBy(desc(orders.id))
    .limit(f.limit + 1);
}

/** GET /my/orders — the logged-in customer's own orders (H5 我的订单), cursor-paged. */
export async function listMyOrders(ctx: Ctx, q: { limit: number; cursor?: string }) {
  if (!ctx.actor.roles.some((r) => r.role === 'customer')) throw new AppError('FORBIDDEN');
  const mine = await customerIdsOfUser(ctx.db, ctx.actor.companyId, ctx.actor.userId);
  if (!mine.length) return { items: [], nextCursor: null };
  const rows = await myOrderRows(ctx.db, ctx.actor.companyId, mine, q);
  const page = pageOf(rows, q.limit);
  return {
    items: page.items.map((o) => ({
      id: o.id,
      status: o.status,
      statusLabel: ORDER_STATE_LABELS[o.status],
      mode: o.mode,
      serviceName: o.serviceName,
      windowStart: o.windowStart?.toISOString() ?? null,
      windowEnd: o.windowEnd?.toISOString() ?? null,
      startDate: o.startDate,
      quoteTotalFen: o.quoteTotalFen === null ? null : Number(o.quoteTotalFen),
      createdAt: o.createdAt.toISOString(),
    })),
    nextCursor: page.nextCursor,
  };
}
