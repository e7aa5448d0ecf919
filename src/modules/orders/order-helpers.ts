import type { Db } from '../../db/client.ts';
import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { authorize, inScope, type Permission, type Scope } from '../../platform/permissions.ts';
import {
  findOrder,
  findOrderJoined,
  insertOrderEvent,
  listOrderEvents,
  type OrderInsert,
  type OrderRow,
  openCallbacksOf,
  statusIs,
  updateOrderIf,
} from './order.repository.ts';
import { toOrderDetail } from './order.views.ts';
import { FINAL_STATES, type OrderAction, transition } from './orders.rules.ts';
import './audit-events.ts';

export const ORDER_ID_PREFIX = 'ord';
export const ORDER_EVENT_ID_PREFIX = 'oev';
export const CALLBACK_ID_PREFIX = 'cb';

/** Order-module ids: `newId` keeps ids of one process monotonic, which the timeline relies on. */
export const nextOrderId = (prefix: string): string => newId(prefix);

/**
 * Whether an order is visible in a scope: company-wide roles see every order; store-scoped roles
 * see their stores' orders, and — for reading and claiming only — urgent orders offered to every
 * store (R4 cross-store help).
 */
export function orderInScope(scope: Scope, permission: Permission, o: OrderRow): boolean {
  if (inScope(scope, o.storeId)) return true;
  return (permission === 'order.read' || permission === 'order.accept') && o.routing === 'offered';
}

/** Permission first, then the order inside the actor's stores (404 outside, never 403). */
export async function loadOrderFor(
  ctx: Ctx,
  permission: Permission,
  id: string,
  db: Db = ctx.db,
): Promise<OrderRow> {
  const scope = authorize(ctx.actor, permission);
  const o = await findOrder(db, ctx.actor.companyId, id);
  if (!o || !orderInScope(scope, permission, o)) throw notFound('order');
  return o;
}

export const invalidState = (zh: string, en: string) => new AppError('INVALID_STATE', { reason: { zh, en } });

/** Appends one entry to the order's timeline (SPEC §3). */
export async function addTimelineEvent(
  tx: Db,
  ctx: Ctx,
  orderId: string,
  action: string,
  opts: { from?: string | null; to?: string | null; data?: Record<string, unknown> } = {},
): Promise<void> {
  const at = ctx.clock.now();
  await insertOrderEvent(tx, {
    companyId: ctx.actor.companyId,
    id: nextOrderId(ORDER_EVENT_ID_PREFIX),
    orderId,
    at,
    actorUserId: ctx.actor.userId,
    action,
    fromStatus: opts.from ?? null,
    toStatus: opts.to ?? null,
    data: opts.data ?? {},
  });
}

/**
 * What other modules must undo when an order ends (cancelled, terminated, closed) — dispatch frees
 * the worker's time and ends her assignment. Registered once at start-up (src/app.ts), run inside
 * the transaction that ends the order, so orders never import the modules that depend on them.
 */
export type OrderEndHook = (tx: Db, ctx: Ctx, order: OrderRow) => Promise<void>;
const endHooks: OrderEndHook[] = [];
export function onOrderEnd(hook: OrderEndHook): void {
  if (!endHooks.includes(hook)) endHooks.push(hook);
}

/**
 * Moves an order through the lifecycle (SPEC §3): checks the transition table, then updates the
 * status with a conditional UPDATE … WHERE status = <from> (so of two concurrent transitions only
 * one wins; the other gets 409 INVALID_STATE), writes the timeline entry and the audit row
 * `order.transition`. Call it inside the use case's transaction. `set` adds columns to the same
 * UPDATE (e.g. cancel_reason). Returns the updated order.
 */
export async function applyTransition(
  tx: Db,
  ctx: Ctx,
  order: OrderRow,
  action: OrderAction,
  data: Record<string, unknown> = {},
  set: Partial<OrderInsert> = {},
): Promise<OrderRow> {
  const t = transition(order.status, action, order.mode);
  if (!t.ok) throw new AppError('INVALID_STATE', { reason: t.reason });
  const updated = await updateOrderIf(tx, order.companyId, order.id, [statusIs(order.status)], {
    ...set,
    status: t.to,
    updatedAt: ctx.clock.now(),
  });
  if (!updated) {
    // Someone else moved the order first: report the state it is in now.
    const now = await findOrder(tx, order.companyId, order.id);
    const again = now ? transition(now.status, action, now.mode) : null;
    throw new AppError('INVALID_STATE', {
      reason:
        again && !again.ok
          ? again.reason
          : {
              zh: '订单状态已被他人修改，请刷新后重试',
              en: 'The order was changed meanwhile; reload and retry',
            },
    });
  }
  await addTimelineEvent(tx, ctx, order.id, action, { from: order.status, to: t.to, data });
  if (FINAL_STATES.includes(t.to)) for (const hook of endHooks) await hook(tx, ctx, updated);
  await writeAudit(tx, auditMeta(ctx), {
    action: 'order.transition',
    entityType: 'order',
    entityId: order.id,
    payload: { action, from: order.status, to: t.to, data },
  });
  return updated;
}

/** Today's date in Shanghai (YYYY-MM-DD). */
export const todayOf = (ctx: Ctx): string =>
  new Date(ctx.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** An order answered after a change: the detail view, read in the same transaction. */
export async function orderDetailOf(db: Db, ctx: Ctx, id: string) {
  const o = await findOrderJoined(db, ctx.actor.companyId, id);
  if (!o) throw notFound('order');
  const [events, open] = await Promise.all([
    listOrderEvents(db, ctx.actor.companyId, id),
    openCallbacksOf(db, ctx.actor.companyId, id),
  ]);
  return toOrderDetail(o, events, open);
}

/** Writes the audit row of a routing change (R3, R4) and its timeline entry. */
export async function recordRouting(
  tx: Db,
  ctx: Ctx,
  before: OrderRow,
  after: OrderRow,
  action: 'route' | 'accept' | 'clarify' | 'offer' | 'claim',
  note?: string,
): Promise<void> {
  await addTimelineEvent(tx, ctx, after.id, action, {
    data: {
      routing: { from: before.routing, to: after.routing },
      storeId: after.storeId,
      ...(note ? { note } : {}),
    },
  });
  await writeAudit(tx, auditMeta(ctx), {
    action: 'order.routing',
    entityType: 'order',
    entityId: after.id,
    payload: {
      before: { routing: before.routing, storeId: before.storeId },
      after: { routing: after.routing, storeId: after.storeId },
      action,
      ...(note ? { note } : {}),
    },
  });
}
