import { z } from 'zod';
import { SOURCE_CHANNELS } from '../../db/schema/customers.ts';
import { normalizePhone } from './customer.rules.ts';

// A mainland mobile number or a landline (0571-88886666); spaces and hyphens are dropped, so a
// number is stored, compared and searched as digits only.
export const ZCustomerPhone = z
  .string()
  .max(30)
  .overwrite(normalizePhone)
  .regex(/^(1[3-9]\d{9}|0\d{9,11})$/, '请输入有效的手机号或座机号');

// An 18-character resident ID number (GB 11643): check character and birth date are verified (R6).
import { ZIdNumber } from '../../platform/id-number.ts';

export { ZIdNumber };

const text = (max: number) => z.string().trim().max(max);
const count = z.number().int().min(0).max(99);

export const ZHousehold = z.strictObject({
  areaM2: z.number().min(0).max(100_000).nullish().describe('面积（平方米）'),
  rooms: count.nullish().describe('房间数'),
  members: count.nullish().describe('家庭人数'),
  children: z
    .array(z.strictObject({ age: z.number().int().min(0).max(18).describe('年龄') }))
    .max(20)
    .optional()
    .describe('儿童'),
  elders: count.nullish().describe('老人人数'),
  pets: text(100).nullish().describe('宠物'),
  specialNeeds: text(500).nullish().describe('特殊需求'),
});
export const ZPreferences = z.strictObject({
  language: text(40).nullish().describe('语言'),
  nativePlace: text(40).nullish().describe('籍贯'),
  cuisine: text(60).nullish().describe('口味'),
  workerAgeMin: z.number().int().min(16).max(80).nullish().describe('家政员最小年龄'),
  workerAgeMax: z.number().int().min(16).max(80).nullish().describe('家政员最大年龄'),
  notes: text(500).nullish().describe('其他偏好'),
});
const ZTags = z.array(text(20).min(1).describe('标签')).max(20);
const ZSource = z.enum(SOURCE_CHANNELS);

export const ZAddressInput = z.strictObject({
  label: text(20).nullish().describe('地址标签'),
  province: text(20).min(1).describe('省'),
  city: text(20).min(1).describe('市'),
  district: text(20).min(1).describe('区县'),
  community: text(60).min(1).describe('小区'),
  detail: text(200).min(1).describe('详细地址'),
  lat: z.number().min(-90).max(90).nullish().describe('纬度'),
  lng: z.number().min(-180).max(180).nullish().describe('经度'),
  accessNotes: text(200).nullish().describe('入户说明'),
  isDefault: z.boolean().optional().describe('默认地址'),
});
export const ZAddressUpdate = ZAddressInput.partial().strict();

export const ZCustomerCreate = z.strictObject({
  name: text(40).min(1).describe('客户姓名'),
  phones: z.array(ZCustomerPhone.describe('电话')).min(1).max(5).describe('电话'),
  sourceChannel: ZSource.describe('来源渠道'),
  idNumber: ZIdNumber.nullish().describe('身份证号'),
  household: ZHousehold.optional().describe('家庭情况'),
  preferences: ZPreferences.optional().describe('偏好'),
  tags: ZTags.optional().describe('标签'),
  notes: text(1000).nullish().describe('备注'),
  addresses: z.array(ZAddressInput).max(10).optional().describe('地址'),
  allowDuplicate: z.boolean().optional().describe('仍然新建（忽略重复）'),
});
export const ZCustomerUpdate = ZCustomerCreate.pick({
  name: true,
  sourceChannel: true,
  idNumber: true,
  household: true,
  preferences: true,
  tags: true,
  notes: true,
})
  .partial()
  .strict();

export const ZCustomerQuery = z.object({
  q: text(60).optional().describe('关键词（姓名或电话）'),
  phone: text(20).optional().describe('电话'),
  tag: text(20).optional().describe('标签'),
  blacklisted: z.enum(['true', 'false']).optional().describe('黑名单'),
});
export const ZDuplicateQuery = z.object({ phone: ZCustomerPhone.describe('电话') });

export const ZPhoneAdd = z.strictObject({
  phone: ZCustomerPhone.describe('电话'),
  isPrimary: z.boolean().optional().describe('设为主号码'),
  allowDuplicate: z.boolean().optional().describe('仍然添加（忽略重复）'),
});
/** The phone to remove, in full or exactly as the staff view shows it masked (138****1234). */
export const ZPhoneRemove = z.strictObject({
  phone: z
    .union([ZCustomerPhone, z.string().regex(/^\d{3}\*{4}\d{4}$/, '请输入号码或其脱敏形式')])
    .describe('电话'),
});
export const ZBlacklist = z.strictObject({ reason: text(500).min(1).describe('原因') });
export const ZMerge = z.strictObject({ targetId: z.string().min(1).max(64).describe('合并到的客户') });
export const ZLinkUser = z.strictObject({
  userId: z.string().min(1).max(64).nullable().describe('登录账号'),
});

export const ZIdParams = z.object({ id: z.string().min(1).max(64) });
export const ZAddressParams = ZIdParams.extend({ addressId: z.string().min(1).max(64) });

// ---- responses ----
const ZTimestamps = { createdAt: z.string(), updatedAt: z.string() };
export const ZAddress = z.object({
  id: z.string(),
  label: z.string().nullable(),
  province: z.string(),
  city: z.string(),
  district: z.string(),
  community: z.string(),
  detail: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  accessNotes: z.string().nullable(),
  isDefault: z.boolean(),
});
const ZPhoneOut = z.object({ phone: z.string(), isPrimary: z.boolean() });
const ZMaskedPhone = z.object({
  phone: z.string().describe('已脱敏，如 138****1234'),
  isPrimary: z.boolean(),
});
const ZHouseholdOut = z.record(z.string(), z.unknown());

// Placeholders: the orders, complaints and payments issues fill these lists; today they are empty.
const ZHistoryItem = z.looseObject({});
export const ZCustomerStaff = z.object({
  id: z.string(),
  name: z.string(),
  phones: z.array(ZMaskedPhone),
  idNumberMasked: z.string().nullable(),
  hasIdNumber: z.boolean(),
  sourceChannel: ZSource,
  household: ZHouseholdOut,
  preferences: ZHouseholdOut,
  tags: z.array(z.string()),
  blacklisted: z.boolean(),
  blacklistReason: z.string().nullable(),
  notes: z.string().nullable(),
  addresses: z.array(ZAddress),
  userId: z.string().nullable(),
  mergedIntoId: z.string().nullable(),
  history: z.object({
    orders: z.array(ZHistoryItem),
    complaints: z.array(ZHistoryItem),
    payments: z.array(ZHistoryItem),
  }),
  ...ZTimestamps,
});
export type TCustomerStaff = z.infer<typeof ZCustomerStaff>;

export const ZCustomerListItem = ZCustomerStaff.pick({
  id: true,
  name: true,
  phones: true,
  sourceChannel: true,
  tags: true,
  blacklisted: true,
  createdAt: true,
  updatedAt: true,
});
export type TCustomerListItem = z.infer<typeof ZCustomerListItem>;

export const ZCustomerOwner = z.object({
  id: z.string(),
  name: z.string(),
  phones: z.array(ZPhoneOut),
  idNumberMasked: z.string().nullable(),
  household: ZHouseholdOut,
  preferences: ZHouseholdOut,
  addresses: z.array(ZAddress),
  ...ZTimestamps,
});
export type TCustomerOwner = z.infer<typeof ZCustomerOwner>;

export const ZDuplicate = z.object({ id: z.string(), name: z.string(), maskedPhone: z.string() });
export const ZDuplicates = z.object({ items: z.array(ZDuplicate) });
export const ZRevealedPhones = z.object({ phones: z.array(ZPhoneOut) });
export const ZRevealedIdNumber = z.object({ idNumber: z.string() });
