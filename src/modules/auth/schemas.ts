import { z } from 'zod';
import { ROLE_NAMES } from '../../platform/permissions.ts';

export const ZLogin = z.strictObject({
  username: z.string().trim().min(1).max(40).describe('用户名'),
  password: z.string().min(1).max(128).describe('密码'),
});

export const ZChangePassword = z.strictObject({
  currentPassword: z.string().min(1).max(128).describe('当前密码'),
  newPassword: z.string().min(8).max(128).describe('新密码'),
});

export const ZMe = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    phone: z.string().nullable(),
    mustChangePassword: z.boolean(),
  }),
  company: z.object({ id: z.string(), name: z.string() }),
  roles: z.array(
    z.object({ role: z.enum(ROLE_NAMES), storeId: z.string().nullable(), storeName: z.string().nullable() }),
  ),
  permissions: z.array(z.string()),
});
export type TMe = z.infer<typeof ZMe>;

export const ZRoles = z.object({
  items: z.array(
    z.object({
      role: z.enum(ROLE_NAMES),
      label: z.string(),
      labelEn: z.string(),
      scope: z.enum(['company', 'store']),
      permissions: z.array(z.string()),
    }),
  ),
});
