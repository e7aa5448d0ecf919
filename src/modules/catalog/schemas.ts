import { z } from 'zod';
import { SERVICE_MODES, SERVICE_TYPE_STATUSES, SERVICE_UNITS } from '../../db/schema/catalog.ts';
import { CERTIFICATE_KINDS, WORKER_TIERS } from '../../db/schema/workers.ts';
import { ZPriceContents } from './price-contents.ts';

/** Request schemas of the catalog (service types, price list versions, instant quotes). */
const text = (max: number) => z.string().trim().min(1).max(max);
const ZDay = z.iso.date('日期格式应为 YYYY-MM-DD');

const skillIds = z.array(z.string().max(64)).max(20);
const serviceTypeFields = {
  name: text(30).describe('服务名称'),
  nameEn: z.string().trim().max(60).nullish().describe('英文名称'),
  mode: z.enum(SERVICE_MODES).describe('服务方式'),
  unit: z.enum(SERVICE_UNITS).describe('计价单位'),
  requiredSkillIds: skillIds.default([]).describe('所需技能'),
  minTier: z.enum(WORKER_TIERS).nullish().describe('最低等级'),
  requiredCertKinds: z.array(z.enum(CERTIFICATE_KINDS)).max(6).default([]).describe('所需证书'),
  defaultDuration: z.number().int().min(1).max(100_000).describe('默认时长（上门：分钟；上户：天）'),
  checklistTemplateRef: z.string().trim().max(100).nullish().describe('作业清单模板'),
};

export const ZServiceTypeCreate = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, '编码应为小写字母开头的字母、数字或下划线（2–40 位）')
    .describe('服务编码'),
  ...serviceTypeFields,
});
export type TServiceTypeCreate = z.infer<typeof ZServiceTypeCreate>;

export const ZServiceTypeUpdate = z
  .strictObject({
    ...serviceTypeFields,
    requiredSkillIds: skillIds.describe('所需技能'),
    requiredCertKinds: z.array(z.enum(CERTIFICATE_KINDS)).max(6).describe('所需证书'),
    status: z.enum(SERVICE_TYPE_STATUSES).describe('状态'),
  })
  .partial();
export type TServiceTypeUpdate = z.infer<typeof ZServiceTypeUpdate>;

export const ZServiceTypeQuery = z.object({
  mode: z.enum(SERVICE_MODES).optional().describe('服务方式'),
  status: z.enum(SERVICE_TYPE_STATUSES).optional().describe('状态'),
});

export const ZPriceListCreate = z.strictObject({
  effectiveFrom: ZDay.describe('生效日期'),
  contents: ZPriceContents.describe('价目内容'),
});
export type TPriceListCreate = z.infer<typeof ZPriceListCreate>;
export const ZPriceListUpdate = ZPriceListCreate.partial();
export type TPriceListUpdate = z.infer<typeof ZPriceListUpdate>;

/**
 * An instant quote. Coupons are not taken here: there is no coupon register yet, and a discount
 * typed in by the caller would be an arbitrary price (§Q). The orders issue will pass checked
 * coupons to `priceQuote` itself.
 */
export const ZQuoteRequest = z.strictObject({
  serviceTypeId: z.string().max(64).describe('服务类型'),
  quantity: z.number().positive().max(100_000).multipleOf(0.01).optional().describe('数量'),
  startAt: z.iso.datetime({ offset: true }).optional().describe('开始时间'),
  tier: z.enum(WORKER_TIERS).nullish().describe('等级'),
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
});
export type TQuoteRequest = z.infer<typeof ZQuoteRequest>;
