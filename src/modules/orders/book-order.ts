import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { userRoles, users } from '../../db/schema/org.ts';
import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, invalidField, notFound } from '../../platform/errors.ts';
import { quotePrice } from '../catalog/index.ts';
import { findCustomer } from '../customers/index.ts';
import { orderAuditFields } from './audit-events.ts';
import { getMyOrderIn } from './get-my-order.ts';
import { findCustomerAddress, findServiceTypeForOrder, insertOrder } from './order.repository.ts';
import { addTimelineEvent, nextOrderId, ORDER_ID_PREFIX, todayOf } from './order-helpers.ts';
import { customerIdsOfUser } from './quote.repository.ts';

const isoTime = (label: string) =>
  z.iso.datetime({ offset: true, message: '时间格式应为 ISO 8601' }).describe(label);

/** What the customer sends from the H5 booking page (R1 online channel). */
export const ZMyOrderBook = z.strictObject({
  serviceTypeId: z.string().min(1).max(64).describe('服务类型'),
  windowStart: isoTime('上门时间（上门服务）').nullish(),
  windowEnd: isoTime('结束时间（上门服务）').nullish(),
  startDate: z.iso.date('日期格式应为 YYYY-MM-DD').nullish().describe('上户日期（上户服务）'),
  addressId: z.string().min(1).max(64).describe('服务地址（本人的地址）'),
  quantity: z.number().positive().max(100_000).multipleOf(0.01).nullish().describe('数量（小时/平方米）'),
  notes: z.string().trim().max(1000).nullish().describe('给客服的留言'),
});
export type TMyOrderBook = z.infer<typeof ZMyOrderBook>;

export const isCustomer = (ctx: Ctx) => ctx.actor.roles.some((r) => r.role === 'customer');

/**
 * Who owns an online order (R7: its callbacks): the company's longest-standing active call-center
 * agent (smallest id — ids sort by creation); a company without agents falls back to its first
 * active admin. The call center may hand the order to another agent later.
 */
async function onlineOwner(db: Db, companyId: string): Promise<string | undefined> {
  for (const role of ['agent', 'admin'] as const) {
    const [row] = await db
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.companyId, companyId),
          eq(users.status, 'active'),
          sql`exists (select 1 from ${userRoles} where ${userRoles.companyId} = ${users.companyId} and ${userRoles.userId} = ${users.id} and ${userRoles.role} = ${role})`,
        ),
      )
      .orderBy(asc(users.id))
      .limit(1);
    if (row) return row.id;
  }
  return undefined;
}

/**
 * The customer books on her phone (R1 online, SPEC §5 "book with an instant price"): an `inquiry`
 * order, unrouted so the call center routes it (R3), owned by the rule above. The price is the
 * catalog's instant quote from the current published list (R9); it is kept on the timeline's
 * `create` entry so her order page shows the price she booked at. A double submit with the same
 * Idempotency-Key is answered from the platform's replay (one order).
 */
export async function bookMyOrder(ctx: Ctx, input: TMyOrderBook) {
  if (!isCustomer(ctx)) throw new AppError('FORBIDDEN');
  const { companyId } = ctx.actor;
  const now = ctx.clock.now();
  const mine = await customerIdsOfUser(ctx.db, companyId, ctx.actor.userId);
  if (!mine.length) throw notFound('customer');

  const service = await findServiceTypeForOrder(ctx.db, companyId, input.serviceTypeId);
  if (service?.status !== 'active')
    throw invalidField('serviceTypeId', '服务类型不存在或已停用', 'No such active service type');
  const visit = service.mode === 'visit';
  const windowStart = visit && input.windowStart ? new Date(input.windowStart) : null;
  const windowEnd = visit && input.windowEnd ? new Date(input.windowEnd) : null;
  if (visit && !windowStart)
    throw invalidField('windowStart', '请选择上门时间', 'Choose when the service should start');
  if (windowStart && windowStart < now)
    throw invalidField('windowStart', '上门时间不能早于现在', 'The start cannot be in the past');
  if (windowEnd && (!windowStart || windowEnd <= windowStart))
    throw invalidField('windowEnd', '结束时间应晚于开始时间', 'The end must be after the start');
  const startDate = visit ? null : (input.startDate ?? null);
  if (!visit && !startDate) throw invalidField('startDate', '请选择上户日期', 'Choose the start date');
  if (startDate && startDate < todayOf(ctx))
    throw invalidField('startDate', '上户日期不能早于今天', 'The start date cannot be in the past');

  // The instant price (writes nothing); visits by quantity and start time, placements at the defaults.
  const price = await quotePrice(
    ctx,
    visit
      ? {
          serviceTypeId: service.id,
          quantity: input.quantity ?? undefined,
          startAt: windowStart!.toISOString(),
        }
      : { serviceTypeId: service.id },
  );

  return ctx.db.transaction(async (tx) => {
    let address: Awaited<ReturnType<typeof findCustomerAddress>>;
    let customerId: string | undefined;
    for (const id of mine) {
      address = await findCustomerAddress(tx, companyId, id, input.addressId);
      if (address) {
        customerId = id;
        break;
      }
    }
    if (!address || !customerId)
      throw invalidField('addressId', '请选择您本人的服务地址', 'Choose one of your own addresses');
    const customer = await findCustomer(tx, companyId, customerId);
    if (!customer) throw notFound('customer');
    const ownerAgentId = await onlineOwner(tx, companyId);
    if (!ownerAgentId)
      throw new AppError('INVALID_STATE', {
        reason: { zh: '公司暂未开通在线预约，请致电客服', en: 'Online booking is not open; please call us' },
      });

    const id = nextOrderId(ORDER_ID_PREFIX);
    const order = await insertOrder(tx, {
      companyId,
      id,
      customerId,
      serviceTypeId: service.id,
      mode: service.mode,
      status: 'inquiry',
      channel: 'online',
      ownerAgentId,
      storeId: null,
      routing: 'unrouted',
      urgent: false,
      referredBy: null,
      windowStart,
      windowEnd,
      startDate,
      addressId: address.id,
      district: address.district,
      community: address.community,
      quantity: input.quantity ?? null,
      household: customer.household ?? {},
      preferences: customer.preferences ?? {},
      notes: input.notes ?? null,
      createdAt: now,
      updatedAt: now,
    });
    const bookedPrice = {
      totalFen: price.totalFen,
      ...(price.monthlyTotalFen !== undefined ? { monthlyTotalFen: price.monthlyTotalFen } : {}),
      ...(price.firstPaymentFen !== undefined ? { firstPaymentFen: price.firstPaymentFen } : {}),
      priceListVersionId: price.priceListVersionId,
    };
    await addTimelineEvent(tx, ctx, id, 'create', {
      to: 'inquiry',
      data: { channel: 'online', bookedPrice },
    });
    await writeAudit(tx, auditMeta(ctx), {
      action: 'order.create',
      entityType: 'order',
      entityId: id,
      payload: { after: orderAuditFields(order) },
    });
    return { ...(await getMyOrderIn(tx, ctx, order)), price };
  });
}
