import { z } from 'zod';
import { INTERVIEW_STATES, REPLACEMENT_KINDS } from '../../../db/schema/dispatch.ts';
import { ZCandidate, ZPart } from '../schemas.ts';

const text = (max: number) => z.string().trim().max(max);
const isoTime = (label: string) =>
  z.iso.datetime({ offset: true, message: '时间格式应为 ISO 8601' }).describe(label);
const isoDate = (label: string) => z.iso.date('日期格式应为 YYYY-MM-DD').describe(label);

export const ZScheduleInterview = z.strictObject({
  workerId: z.string().min(1).max(64).describe('家政员'),
  scheduledAt: isoTime('面试时间'),
  mode: z.enum(['store', 'video']).describe('面试方式'),
  note: text(500).nullish().describe('备注'),
});

export const ZChooseInterview = z.strictObject({
  startDate: isoDate('上户日期').nullish(),
  note: text(500).nullish().describe('备注'),
});

export const ZDeclineInterview = z.strictObject({
  reason: text(500).min(1).describe('未选原因'),
});

export const ZStartPlacement = z.strictObject({
  startDate: isoDate('实际上户日期').nullish(),
});

export const ZReplacement = z.strictObject({
  kind: z.enum(['customer_request', 'failed_trial']).describe('换人类型'),
  reason: text(500).min(1).describe('换人原因'),
  override: z
    .strictObject({ reason: text(500).min(1).describe('超额审批理由') })
    .nullish()
    .describe('店长超额审批'),
});

export const ZEmergency = z.strictObject({
  kind: z.enum(['no_show', 'accident']).describe('紧急类型'),
  note: text(1000).min(1).describe('情况说明'),
});

export const ZFollowUpQuery = z.object({
  state: z.enum(['open', 'done', 'cancelled']).default('open').describe('状态'),
  due: z.enum(['overdue', 'today', 'all']).default('all').describe('到期'),
  limit: z.coerce.number().int().min(1).max(500).default(100).describe('返回条数'),
});

export const ZCompleteFollowUp = z.strictObject({
  outcome: text(2000).min(1).describe('回访结果'),
});

export const ZInterview = z.object({
  id: z.string(),
  orderId: z.string(),
  workerId: z.string(),
  workerName: z.string(),
  tier: z.string().nullable(),
  tierLabel: z.string().nullable(),
  photoUrl: z.string().nullable(),
  mode: z.enum(['store', 'video']),
  scheduledAt: z.string(),
  state: z.enum(INTERVIEW_STATES),
  stateLabel: z.string(),
  score: z.number().nullable(),
  scoreParts: z.array(ZPart),
  note: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});

export const ZInterviews = z.object({
  items: z.array(ZInterview),
  live: z.number().int(),
  max: z.number().int(),
});

export const ZFollowUp = z.object({
  id: z.string(),
  orderId: z.string(),
  workerId: z.string(),
  workerName: z.string(),
  storeId: z.string().nullable(),
  assigneeUserId: z.string().nullable(),
  dueOn: z.string(),
  overdue: z.boolean(),
  state: z.enum(['open', 'done', 'cancelled']),
  outcome: z.string().nullable(),
  doneAt: z.string().nullable(),
  createdAt: z.string(),
});

export const ZReplacementView = z.object({
  id: z.string(),
  orderId: z.string(),
  contractId: z.string().nullable(),
  fromWorkerId: z.string(),
  fromWorkerName: z.string().nullable(),
  toWorkerId: z.string().nullable(),
  toWorkerName: z.string().nullable(),
  kind: z.enum(REPLACEMENT_KINDS),
  kindLabel: z.string(),
  reason: z.string(),
  counted: z.boolean(),
  override: z.object({ by: z.string(), reason: z.string() }).nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});

export const ZReplacements = z.object({
  items: z.array(ZReplacementView),
  quota: z.number().int(),
  used: z.number().int(),
  left: z.number().int(),
});

export const ZOrderStatus = z.object({ orderId: z.string(), status: z.string() });

export const ZStarted = z.object({
  orderId: z.string(),
  status: z.string(),
  startDate: z.string(),
  followUp: ZFollowUp,
});

export const ZEmergencyResult = z.object({
  orderId: z.string(),
  urgent: z.literal(true),
  status: z.string(),
  replacement: ZReplacementView,
  incidentId: z.string(),
  next: z.array(ZCandidate),
});
