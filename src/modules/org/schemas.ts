import { z } from 'zod';
import { ROLE_NAMES } from '../../platform/permissions.ts';

// Mainland mobile numbers (R16 masks them for staff) or a landline such as 0571-88886666.
export const ZPhone = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|400-?\d{3}-?\d{4})$/, '请输入有效的手机号或座机号');

const ZTimestamps = { createdAt: z.string(), updatedAt: z.string() };
const ZStatus = z.enum(['active', 'disabled']);

export const ZStore = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['store', 'call_center']),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  status: ZStatus,
  ...ZTimestamps,
});
export type TStore = z.infer<typeof ZStore>;

export const ZStoreCreate = z.strictObject({
  name: z.string().trim().min(1).max(60).describe('门店名称'),
  kind: z.enum(['store', 'call_center']).describe('类型'),
  phone: ZPhone.nullish().describe('电话'),
  address: z.string().trim().max(200).nullish().describe('地址'),
});
export const ZStoreUpdate = ZStoreCreate.omit({ kind: true }).partial();
export const ZStoreQuery = z.object({
  q: z.string().trim().max(60).optional().describe('关键词'),
  status: ZStatus.optional().describe('状态'),
  kind: z.enum(['store', 'call_center']).optional().describe('类型'),
});

export const ZTeam = z.object({
  id: z.string(),
  storeId: z.string(),
  storeName: z.string().nullable(),
  name: z.string(),
  supervisorUserId: z.string().nullable(),
  supervisorName: z.string().nullable(),
  status: ZStatus,
  ...ZTimestamps,
});
export type TTeam = z.infer<typeof ZTeam>;
export const ZTeamCreate = z.strictObject({
  storeId: z.string().min(1).max(64).describe('门店'),
  name: z.string().trim().min(1).max(60).describe('班组名称'),
  supervisorUserId: z.string().max(64).nullish().describe('督导'),
});
export const ZTeamUpdate = ZTeamCreate.omit({ storeId: true }).partial();
export const ZTeamQuery = z.object({
  storeId: z.string().max(64).optional().describe('门店'),
  status: ZStatus.optional().describe('状态'),
});

export const ZRoleGrant = z.strictObject({
  role: z.enum(ROLE_NAMES).describe('角色'),
  storeId: z.string().max(64).nullish().describe('门店'),
});
export const ZUserRole = z.object({
  role: z.enum(ROLE_NAMES),
  storeId: z.string().nullable(),
  storeName: z.string().nullable(),
});

export const ZUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  phone: z.string().nullable().describe('已脱敏，如 138****1234'),
  status: ZStatus,
  roles: z.array(ZUserRole),
  lastLoginAt: z.string().nullable(),
  ...ZTimestamps,
});
export type TUser = z.infer<typeof ZUser>;

export const ZPassword = z.string().min(8).max(128).describe('密码');
export const ZUserCreate = z.strictObject({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{2,40}$/, '用户名只能包含字母、数字和 _ . -，2–40 个字符')
    .describe('用户名'),
  displayName: z.string().trim().min(1).max(40).describe('姓名'),
  phone: ZPhone.nullish().describe('手机号'),
  password: ZPassword,
  roles: z.array(ZRoleGrant).min(1).max(20).describe('角色'),
});
export const ZUserUpdate = ZUserCreate.pick({ displayName: true, phone: true, roles: true })
  .partial()
  .strict();
export const ZUserQuery = z.object({
  q: z.string().trim().max(60).optional().describe('关键词'),
  storeId: z.string().max(64).optional().describe('门店'),
  role: z.enum(ROLE_NAMES).optional().describe('角色'),
  status: ZStatus.optional().describe('状态'),
});
export const ZResetPassword = z.strictObject({ newPassword: ZPassword.describe('新密码') });

export const ZIdParams = z.object({ id: z.string().min(1).max(64) });
