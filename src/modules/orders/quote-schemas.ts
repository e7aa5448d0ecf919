import { z } from 'zod';
import { CONTRACT_STATES, QUOTE_STATES } from '../../db/schema/orders.ts';
import { WORKER_TIERS } from '../../db/schema/workers.ts';

/** Requests and responses of assessments, quotes and contracts (R8–R11). */

const id = z.string().min(1).max(64);
const note = (label: string) => z.string().trim().min(1).max(500).describe(label);
const instant = (label: string) => z.iso.datetime({ offset: true, error: '时间格式不正确' }).describe(label);

export const ZIdParams = z.object({ id: id.describe('编号') });

// ——— assessment (R8) ———

export const ZAssessmentSchedule = z.strictObject({
  scheduledAt: instant('上门评估时间'),
  assessorUserId: id.describe('评估人'),
});

export const ZAssessmentRecord = z.strictObject({
  areaM2: z.number().positive().max(100_000).multipleOf(0.01).describe('面积（平方米）'),
  rooms: z.number().int().min(0).max(100).describe('房间数'),
  members: z
    .array(
      z.strictObject({
        relation: z.string().trim().min(1).max(20).describe('与客户关系'),
        age: z.number().int().min(0).max(130).optional().describe('年龄'),
      }),
    )
    .max(30)
    .default([])
    .describe('家庭成员'),
  habits: z.string().trim().max(1000).default('').describe('生活习惯'),
  requirements: z.string().trim().max(2000).default('').describe('服务要求'),
  photos: z
    .array(z.url({ protocol: /^https?$/, error: '照片应为 http(s) 地址' }).max(500))
    .max(30)
    .default([])
    .describe('现场照片'),
});

export const ZAssessment = z.object({
  id: z.string(),
  orderId: z.string(),
  assessorUserId: z.string(),
  scheduledAt: z.string(),
  recordedAt: z.string().nullable(),
  areaM2: z.number().nullable(),
  rooms: z.number().nullable(),
  members: z.array(z.object({ relation: z.string(), age: z.number().optional() })),
  habits: z.string().nullable(),
  requirements: z.string().nullable(),
  photos: z.array(z.string()),
  createdAt: z.string(),
});

// ——— quote (R9) ———

export const ZQuoteIssue = z.strictObject({
  quantity: z
    .number()
    .positive()
    .max(100_000)
    .multipleOf(0.01)
    .optional()
    .describe('数量（缺省：评估面积或订单数量）'),
  startAt: instant('服务开始时间（缺省：订单时间窗开始）').optional(),
  tier: z.enum(WORKER_TIERS).nullish().describe('家政员等级'),
  extras: z
    .array(
      z.strictObject({
        code: z.string().max(40).describe('附加项编码'),
        qty: z.number().positive().max(10_000).multipleOf(0.01).describe('附加项数量'),
      }),
    )
    .max(30)
    .optional()
    .describe('附加项'),
  frequencyPerMonth: z.number().int().min(1).max(62).optional().describe('每月次数'),
  monthlyWageFen: z.number().int().min(0).max(100_000_000).optional().describe('月工资（分）'),
  trialDays: z.number().int().min(0).max(60).optional().describe('试用天数'),
  months: z.number().int().min(1).max(60).optional().describe('月数'),
  validDays: z.number().int().min(1).max(90).default(7).describe('有效天数'),
});
export type TQuoteIssue = z.infer<typeof ZQuoteIssue>;

export const ZQuoteAcceptByStaff = z.strictObject({
  via: z.literal('phone').describe('确认方式（电话）'),
  note: note('电话确认记录'),
});
export const ZQuoteRejectByStaff = z.strictObject({ note: note('拒绝原因') });
export const ZQuoteDecideByCustomer = z.strictObject({ note: note('备注').optional() });

const ZQuoteLine = z.object({
  kind: z.string(),
  code: z.string(),
  name: z.string(),
  quantity: z.number(),
  unit: z.string(),
  unitPriceFen: z.number(),
  amountFen: z.number(),
  rateBp: z.number().optional(),
});

export const ZQuote = z.object({
  id: z.string(),
  orderId: z.string(),
  version: z.number(),
  priceListVersionId: z.string(),
  params: z.record(z.string(), z.unknown()),
  lines: z.array(ZQuoteLine),
  totalFen: z.number(),
  monthlyTotalFen: z.number().nullable(),
  firstPaymentFen: z.number().nullable(),
  validUntil: z.string(),
  state: z.enum(QUOTE_STATES),
  decidedAt: z.string().nullable(),
  decidedVia: z.enum(['h5', 'phone']).nullable(),
  decisionNote: z.string().nullable(),
  createdAt: z.string(),
});
export const ZQuoteList = z.object({ items: z.array(ZQuote) });

// ——— contract (R10, R11) ———

export const ZContractCreate = z.strictObject({
  employmentModel: z
    .enum(['employee', 'intermediary'])
    .optional()
    .describe('用工模式（上户：员工制或中介制）'),
  workerId: id.optional().describe('服务人员（上户合同必填）'),
  paymentMethod: z.string().trim().min(1).max(100).optional().describe('支付方式'),
  remarks: z.array(z.string().trim().min(1).max(300)).max(10).optional().describe('其他约定'),
});
export type TContractCreate = z.infer<typeof ZContractCreate>;

export const ZContractAmend = z.strictObject({
  remarks: z.array(z.string().trim().min(1).max(300)).max(10).describe('变更后的其他约定'),
  paymentMethod: z.string().trim().min(1).max(100).optional().describe('支付方式'),
});

/** ≤ 200 KB of PNG as a data URL. */
const MAX_PNG_CHARS = Math.ceil((200 * 1024 * 4) / 3) + 'data:image/png;base64,'.length;
export const ZSignatureInput = z.strictObject({
  typedName: z.string().trim().min(1).max(40).describe('签署人姓名'),
  signaturePng: z
    .string()
    .max(MAX_PNG_CHARS, '签名图片不能超过 200 KB')
    .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/, '签名应为 PNG 图片（data:image/png;base64）')
    .describe('手写签名（PNG）'),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, '合同摘要格式不正确')
    .describe('签署时所见合同的 SHA-256'),
});
export type TSignatureInput = z.infer<typeof ZSignatureInput>;

export const ZContract = z.object({
  id: z.string(),
  orderId: z.string(),
  quoteId: z.string(),
  number: z.string(),
  version: z.number(),
  previousId: z.string().nullable(),
  kind: z.enum(['visit', 'placement']),
  employmentModel: z.enum(['employee', 'intermediary']).nullable(),
  state: z.enum(CONTRACT_STATES),
  textSha256: z.string(),
  /** The terms as printed (no worker phone, IDs masked — R16). */
  terms: z.record(z.string(), z.unknown()),
  /** The canonical text the hash covers, for the signer to read. */
  text: z.string(),
  requiredParties: z.array(z.enum(['customer', 'company', 'worker'])),
  signatures: z.array(
    z.object({
      party: z.enum(['customer', 'company', 'worker']),
      signerName: z.string(),
      signedAt: z.string(),
      signedSha256: z.string(),
    }),
  ),
  createdAt: z.string(),
});
export const ZContractList = z.object({ items: z.array(ZContract) });
