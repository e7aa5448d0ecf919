import { z } from 'zod';
import {
  PRICE_LIST_STATUSES,
  SERVICE_MODES,
  SERVICE_TYPE_STATUSES,
  SERVICE_UNITS,
} from '../../db/schema/catalog.ts';
import { WORKER_TIERS } from '../../db/schema/workers.ts';

/** Response shapes of the catalog module (OpenAPI and serialisation). */
export const ZServiceType = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  mode: z.enum(SERVICE_MODES),
  unit: z.enum(SERVICE_UNITS),
  requiredSkillIds: z.array(z.string()),
  requiredCertKinds: z.array(z.string()),
  minTier: z.enum(WORKER_TIERS).nullable(),
  defaultDuration: z.number(),
  checklistTemplateRef: z.string().nullable(),
  status: z.enum(SERVICE_TYPE_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const ZPriceList = z.object({
  id: z.string(),
  serviceTypeId: z.string(),
  version: z.number(),
  effectiveFrom: z.string(),
  status: z.enum(PRICE_LIST_STATUSES),
  current: z.boolean().describe('是否为当前用于新报价的版本'),
  contents: z.record(z.string(), z.unknown()),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  createdAt: z.string(),
});

export const ZServiceTypeDetail = ZServiceType.extend({ versions: z.array(ZPriceList) });

const ZQuoteLine = z.object({
  kind: z.enum(['item', 'extra', 'surcharge', 'fee', 'discount', 'deposit', 'wage']),
  code: z.string(),
  name: z.string(),
  quantity: z.number(),
  unit: z.string(),
  unitPriceFen: z.number().int(),
  amountFen: z.number().int(),
  rateBp: z.number().int().optional(),
});

export const ZQuote = z.object({
  serviceTypeId: z.string(),
  priceListVersionId: z.string().describe('报价所依据的价目表版本'),
  version: z.number(),
  lines: z.array(ZQuoteLine),
  totalFen: z.number().int(),
  monthlyTotalFen: z.number().int().optional(),
  firstPaymentFen: z.number().int().optional(),
  couponsNotApplied: z.array(z.object({ code: z.string(), reason: z.string() })),
});
