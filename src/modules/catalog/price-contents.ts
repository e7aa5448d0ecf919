import { z } from 'zod';
import { WORKER_TIERS } from '../../db/schema/workers.ts';

/**
 * What a price list version holds (jsonb `contents`, validated here on every write). Money is
 * integer fen everywhere; rates are basis points (bp: 2000 = 20%). Exactly one of `visit` and
 * `placement` is present, matching the service type's mode (checked by the use case).
 */
const fen = (label: string) => z.number().int().min(0).max(100_000_000).describe(label);
const bp = (label: string) => z.number().int().min(0).max(10_000).describe(label);
const code = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, '编码应为小写字母开头的字母、数字或下划线')
  .describe('编码');
const hhmm = (label: string) =>
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM')
    .describe(label);
/** A refinement: no two items of a list share a key. */
const uniqueBy =
  <T>(key: (t: T) => string | number, label: string) =>
  (list: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string | number>();
    for (const item of list) {
      if (seen.has(key(item))) ctx.addIssue({ code: 'custom', message: `${label}重复：${key(item)}` });
      seen.add(key(item));
    }
  };

export const ZExtra = z.strictObject({
  code,
  name: z.string().trim().min(1).max(30).describe('附加项名称'),
  priceFen: fen('附加项单价（分）'),
  unit: z.enum(['each', 'm2']).describe('附加项计价单位'),
});

const tierMap = <T extends z.ZodType>(item: T) =>
  z.strictObject({
    junior: item.optional().describe('初级'),
    middle: item.optional().describe('中级'),
    senior_a: item.optional().describe('高级A'),
    senior_b: item.optional().describe('高级B'),
  });

export const ZVisitPrices = z.strictObject({
  basePriceFen: fen('基础单价（分/单位）'),
  tierSurchargesFen: tierMap(fen('等级加价（分/单位）')).default({}).describe('等级加价'),
  extras: z
    .array(ZExtra)
    .max(30)
    .superRefine(uniqueBy((e) => e.code, '附加项编码'))
    .default([])
    .describe('附加项'),
  minimumFen: fen('最低消费（分）').default(0),
  minimumUnits: z.number().min(0).max(10_000).multipleOf(0.01).default(0).describe('最低计费数量'),
  nightSurcharge: z
    .strictObject({
      bp: bp('夜间加价比例（基点）'),
      from: hhmm('夜间开始时间'),
      to: hhmm('夜间结束时间'),
    })
    .refine((n) => n.from !== n.to, { message: '夜间开始与结束时间不能相同', path: ['to'] })
    .nullable()
    .default(null)
    .describe('夜间加价'),
  holidaySurcharge: z
    .strictObject({
      bp: bp('节假日加价比例（基点）'),
      dates: z.array(z.iso.date('日期格式应为 YYYY-MM-DD')).max(100).describe('节假日日期'),
    })
    .nullable()
    .default(null)
    .describe('节假日加价'),
  frequencyDiscounts: z
    .array(
      z.strictObject({
        minVisitsPerMonth: z.number().int().min(1).max(100).describe('每月最少次数'),
        discountBp: bp('折扣比例（基点）'),
      }),
    )
    .max(10)
    .default([])
    .describe('周期服务折扣'),
});

export const ZWageBand = z
  .strictObject({
    minFen: fen('最低月工资（分）'),
    maxFen: fen('最高月工资（分）'),
    defaultFen: fen('默认月工资（分）'),
  })
  .refine((b) => b.minFen <= b.defaultFen && b.defaultFen <= b.maxFen, {
    message: '默认工资应在最低与最高之间',
    path: ['defaultFen'],
  });

export const ZManagementFee = z
  .strictObject({
    kind: z.enum(['fixed', 'percent']).describe('管理费方式'),
    fen: fen('管理费（分/月）').optional(),
    bp: bp('管理费比例（基点）').optional(),
  })
  .superRefine((m, ctx) => {
    if (m.kind === 'fixed' && m.fen === undefined)
      ctx.addIssue({ code: 'custom', message: '固定管理费需填写金额', path: ['fen'] });
    if (m.kind === 'percent' && m.bp === undefined)
      ctx.addIssue({ code: 'custom', message: '按比例收取需填写比例', path: ['bp'] });
  });

export const ZPlacementPrices = z.strictObject({
  wageBands: tierMap(ZWageBand)
    .refine((m) => Object.values(m).some(Boolean), { message: '至少填写一个等级的工资标准' })
    .describe('各等级月工资标准'),
  dispatchFeeFen: fen('派遣费（分）'),
  managementFee: ZManagementFee.describe('管理费'),
  depositFen: fen('保证金（分）').default(0),
  dailyRateDivisor: z.number().int().min(1).max(31).default(26).describe('日工资折算天数'),
  trialDays: z.number().int().min(0).max(30).default(0).describe('试用天数'),
});

export const ZCancellationRule = z.strictObject({
  hoursBeforeStart: z
    .number()
    .int()
    .min(0)
    .max(24 * 90)
    .describe('距开始小时数'),
  feeBp: bp('取消费比例（基点）'),
});

export const ZPriceContents = z.strictObject({
  visit: ZVisitPrices.optional().describe('上门服务价格'),
  placement: ZPlacementPrices.optional().describe('上户服务价格'),
  cancellation: z
    .array(ZCancellationRule)
    .max(10)
    .superRefine(uniqueBy((r) => r.hoursBeforeStart, '取消规则的小时数'))
    .default([])
    .describe('取消费规则'),
});

export type VisitPrices = z.infer<typeof ZVisitPrices>;
export type PlacementPrices = z.infer<typeof ZPlacementPrices>;
export type PriceContents = z.infer<typeof ZPriceContents>;
export type Extra = z.infer<typeof ZExtra>;
export const TIERS = WORKER_TIERS;
