import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { invalidField } from '../../platform/errors.ts';
import { authorize } from '../../platform/permissions.ts';
import { findCustomer } from '../customers/index.ts';
import { findUser } from '../org/index.ts';
import { orderAuditFields } from './audit-events.ts';
import {
  findCustomerAddress,
  findDefaultCustomerAddress,
  findServiceTypeForOrder,
  insertCallback,
  insertOrder,
} from './order.repository.ts';
import {
  addDays,
  addTimelineEvent,
  CALLBACK_ID_PREFIX,
  nextOrderId,
  ORDER_ID_PREFIX,
  orderDetailOf,
  todayOf,
} from './order-helpers.ts';
import type { TOrderCreate } from './schemas.ts';

/**
 * Takes a request from any channel (R1) and records what the service needs (R2). The caller owns
 * the order and its callbacks (R7). A store manager taking a walk-in books it for her own store
 * (no routing needed); everyone else leaves it unrouted for the call center (R3).
 */
export async function createOrder(ctx: Ctx, input: TOrderCreate) {
  const scope = authorize(ctx.actor, 'order.write');
  const { companyId } = ctx.actor;
  const now = ctx.clock.now();
  const today = todayOf(ctx);

  const windowStart = input.windowStart ? new Date(input.windowStart) : null;
  const windowEnd = input.windowEnd ? new Date(input.windowEnd) : null;
  if (windowStart && windowStart < now)
    throw invalidField('windowStart', '开始时间不能早于现在', 'The start cannot be in the past');
  if (windowEnd && (!windowStart || windowEnd <= windowStart))
    throw invalidField('windowEnd', '结束时间应晚于开始时间', 'The end must be after the start');
  if (input.startDate && input.startDate < today)
    throw invalidField('startDate', '开始时间不能早于现在', 'The start date cannot be in the past');

  return ctx.db.transaction(async (tx) => {
    const customer = await findCustomer(tx, companyId, input.customerId);
    if (!customer || customer.mergedIntoId)
      throw invalidField('customerId', '客户不存在', 'No such customer');
    const service = await findServiceTypeForOrder(tx, companyId, input.serviceTypeId);
    if (service?.status !== 'active')
      throw invalidField('serviceTypeId', '服务类型不存在或已停用', 'No such active service type');
    if (input.referredBy) {
      const referrer = await findUser(tx, companyId, input.referredBy);
      if (!referrer) throw invalidField('referredBy', '转介员工不存在', 'No such team member');
    }
    const address = input.addressId
      ? await findCustomerAddress(tx, companyId, customer.id, input.addressId)
      : await findDefaultCustomerAddress(tx, companyId, customer.id);
    if (input.addressId && !address)
      throw invalidField('addressId', '该地址不属于此客户', 'The address does not belong to this customer');

    const storeId = scope.kind === 'stores' ? (scope.storeIds[0] ?? null) : null;
    const id = nextOrderId(ORDER_ID_PREFIX);
    const order = await insertOrder(tx, {
      companyId,
      id,
      customerId: customer.id,
      serviceTypeId: service.id,
      mode: service.mode,
      status: 'inquiry',
      channel: input.channel,
      ownerAgentId: ctx.actor.userId,
      storeId,
      routing: storeId ? 'accepted' : 'unrouted',
      urgent: input.urgent ?? false,
      referredBy: input.referredBy ?? null,
      windowStart: service.mode === 'visit' ? windowStart : null,
      windowEnd: service.mode === 'visit' ? windowEnd : null,
      startDate: service.mode === 'placement' ? (input.startDate ?? null) : null,
      addressId: address?.id ?? null,
      district: address?.district ?? null,
      community: address?.community ?? null,
      quantity: input.quantity ?? null,
      household: input.household ?? customer.household ?? {},
      preferences: input.preferences ?? customer.preferences ?? {},
      notes: input.notes ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await addTimelineEvent(tx, ctx, id, 'create', {
      to: 'inquiry',
      data: { channel: order.channel, ...(order.referredBy ? { referredBy: order.referredBy } : {}) },
    });
    await writeAudit(tx, auditMeta(ctx), {
      action: 'order.create',
      entityType: 'order',
      entityId: id,
      payload: { after: orderAuditFields(order) },
    });
    if (input.callbackInDays !== undefined) {
      // R5: the customer wants an answer in N days — a callback that day, whether or not a worker is found.
      const cb = await insertCallback(tx, {
        companyId,
        id: nextOrderId(CALLBACK_ID_PREFIX),
        orderId: id,
        ownerUserId: order.ownerAgentId,
        dueOn: addDays(today, input.callbackInDays),
        reason: `客户要求 ${input.callbackInDays} 天后答复`,
        createdAt: now,
      });
      await addTimelineEvent(tx, ctx, id, 'callback_schedule', {
        data: { callbackId: cb.id, dueOn: cb.dueOn, ownerUserId: cb.ownerUserId },
      });
      await writeAudit(tx, auditMeta(ctx), {
        action: 'callback.schedule',
        entityType: 'callback',
        entityId: cb.id,
        payload: { orderId: id, ownerUserId: cb.ownerUserId, dueOn: cb.dueOn, reason: cb.reason },
      });
    }
    return orderDetailOf(tx, ctx, id);
  });
}
