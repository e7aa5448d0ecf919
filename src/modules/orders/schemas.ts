import { z } from 'zod';
import { ORDER_CHANNELS, ORDER_STATES, ROUTING_STATES } from '../../db/schema/orders.ts';
import { ZPage } from '../../platform/pagination.ts';
import { ZHousehold, ZPreferences } from '../customers/index.ts';
import { ORDER_ACTIONS } from './orders.rules.ts';

const text = (max: number) => z.string().trim().max(max);
const id = (label: string) => z.string().min(1).max(64).describe(label);
const isoDate = (label: string) => z.iso.date('日期格式应为 YYYY-MM-DD').describe(label);
const isoTime = (label: string) =>
  z.iso.datetime({ offset: true, message: '时间格式应为 ISO 8601' }).describe(label);

/** Household facts and preferences (R2): the customer file's shapes, snapshotted onto the order. */
export const ZOrderHousehold = ZHousehold;
export const ZOrderPreferences = ZPreferences;

export const ZOrderCreate = z.strictObject({
  customerId: id('客户'),
  serviceTypeId: id('服务类型'),
  channel: z.enum(ORDER_CHANNELS).describe('来源渠道（电话/到店/在线/现场转介/呼叫中心）'),
  referredBy: id('转介员工（R1 现场转介）').nullish(),
  urgent: z.boolean().optional().describe('加急'),
  windowStart: isoTime('期望开始时间（上门服务）').nullish(),
  windowEnd: isoTime('期望结束时间（上门服务）').nullish(),
  startDate: isoDate('期望上户日期（上户服务）').nullish(),
  addressId: id('服务地址').nullish(),
  quantity: z.number().min(0).max(100_000).nullish().describe('数量（小时/平方米/件/月）'),
  household: ZOrderHousehold.optional().describe('家庭情况（默认取客户档案）'),
  preferences: ZOrderPreferences.optional().describe('偏好（默认取客户档案）'),
  notes: text(1000).nullish().describe('备注'),
  callbackInDays: z.number().int().min(0).max(365).optional().describe('几天后回访（R5）'),
});
export type TOrderCreate = z.infer<typeof ZOrderCreate>;

const bool01 = z
  .enum(['0', '1', 'true', 'false'])
  .transform((v) => v === '1' || v === 'true')
  .optional();

export const ZOrderQuery = ZPage.extend({
  status: z.enum(ORDER_STATES).optional().describe('状态'),
  storeId: z.string().max(64).optional().describe('门店'),
  serviceTypeId: z.string().max(64).optional().describe('服务类型'),
  ownerAgentId: z.string().max(64).optional().describe('负责客服'),
  urgent: bool01.describe('加急'),
  routing: z.enum(ROUTING_STATES).optional().describe('分派状态'),
  from: isoTime('创建时间起').optional(),
  to: isoTime('创建时间止').optional(),
  overdueCallbacks: bool01.describe('有逾期回访'),
});
export type TOrderQuery = z.infer<typeof ZOrderQuery>;

export const ZRoute = z.strictObject({ storeId: id('门店') });
export const ZClarify = z.strictObject({ question: text(500).min(1).describe('需呼叫部澄清的问题') });
export const ZClaim = z.object({ storeId: id('接单门店（有多个门店时必填）').optional() });
export const ZCancel = z.strictObject({ reason: text(500).min(1).describe('取消原因') });
export const ZCallbackCreate = z.strictObject({
  dueOn: isoDate('回访日期'),
  reason: text(500).min(1).describe('回访事由'),
});
export const ZCallbackComplete = z.strictObject({ outcome: text(1000).min(1).describe('回访结果') });
export const ZCallbackQuery = z.object({
  mine: bool01.describe('只看我的'),
  due: z.enum(['overdue', 'today', 'upcoming']).optional().describe('到期：逾期/今天/以后'),
});

// ——— responses ———

export const ZOrderListItem = z.object({
  id: z.string(),
  status: z.enum(ORDER_STATES).describe('状态'),
  statusLabel: z.string().describe('状态名称'),
  mode: z.enum(['visit', 'placement']).describe('服务方式'),
  channel: z.enum(ORDER_CHANNELS).describe('来源渠道'),
  customerId: z.string(),
  customerName: z.string().nullable().describe('客户姓名'),
  customerPhone: z.string().nullable().describe('客户电话（脱敏）'),
  serviceTypeId: z.string(),
  serviceName: z.string().nullable().describe('服务名称'),
  storeId: z.string().nullable(),
  storeName: z.string().nullable().describe('门店'),
  routing: z.enum(ROUTING_STATES).describe('分派状态'),
  urgent: z.boolean(),
  ownerAgentId: z.string().describe('负责客服'),
  windowStart: z.string().nullable(),
  windowEnd: z.string().nullable(),
  startDate: z.string().nullable(),
  district: z.string().nullable(),
  community: z.string().nullable(),
  createdAt: z.string(),
});

export const ZOrderEvent = z.object({
  id: z.string(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  action: z.string().describe('动作'),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const ZCallback = z.object({
  id: z.string(),
  orderId: z.string(),
  ownerUserId: z.string().describe('负责客服'),
  dueOn: z.string().describe('回访日期'),
  reason: z.string(),
  state: z.enum(['open', 'done', 'cancelled']),
  outcome: z.string().nullable(),
  doneAt: z.string().nullable(),
  doneBy: z.string().nullable(),
});

export const ZCallbackQueueItem = ZCallback.extend({
  orderStatus: z.enum(ORDER_STATES),
  customerName: z.string().nullable(),
  serviceName: z.string().nullable(),
  overdue: z.boolean().describe('已逾期'),
});

export const ZOrderDetail = ZOrderListItem.extend({
  referredBy: z.string().nullable(),
  addressId: z.string().nullable(),
  quantity: z.number().nullable(),
  household: z.record(z.string(), z.unknown()),
  preferences: z.record(z.string(), z.unknown()),
  notes: z.string().nullable(),
  cancelReason: z.string().nullable(),
  cancelFeeFen: z.number().int().nullable(),
  updatedAt: z.string(),
  actions: z.array(z.enum(ORDER_ACTIONS as [string, ...string[]])).describe('当前可执行的操作'),
  timeline: z.array(ZOrderEvent).describe('时间线'),
  callbacks: z.array(ZCallback).describe('待回访'),
});
