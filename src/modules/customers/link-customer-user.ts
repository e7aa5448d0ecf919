import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, invalidField } from '../../platform/errors.ts';
import { authorize } from '../../platform/permissions.ts';
import { findUser, rolesOf } from '../org/index.ts';
import { liveCustomersOfUser, updateCustomerRow } from './customer.repository.ts';
import { toStaffView } from './customer.views.ts';
import { bundleOf, lockLiveCustomer } from './customer-helpers.ts';

/**
 * Links a customer's login (a user holding the `customer` role) to her file, so that she sees it
 * at GET /me/customer; `null` unlinks. A login belongs to at most one live file.
 */
export async function linkCustomerUser(ctx: Ctx, id: string, userId: string | null) {
  authorize(ctx.actor, 'customer.write');
  const companyId = ctx.actor.companyId;
  return ctx.db.transaction(async (tx) => {
    const before = await lockLiveCustomer(tx, companyId, id);
    if (before.userId === userId) return toStaffView(await bundleOf(tx, before));
    if (userId !== null) {
      const user = await findUser(tx, companyId, userId);
      const roles = user ? ((await rolesOf(tx, companyId, [userId])).get(userId) ?? []) : [];
      if (!roles.some((r) => r.role === 'customer')) {
        throw invalidField(
          'userId',
          '须为本公司持有「客户」角色的账号',
          'Must be a user of this company with the customer role',
        );
      }
      const other = (await liveCustomersOfUser(tx, companyId, userId)).find((c) => c.id !== id);
      if (other) {
        throw new AppError('CONFLICT', {
          reason: {
            zh: `该账号已关联客户「${other.name}」`,
            en: `This login is already linked to "${other.name}"`,
          },
        });
      }
    }
    const after = await updateCustomerRow(tx, companyId, id, { userId, updatedAt: ctx.clock.now() });
    await writeAudit(tx, auditMeta(ctx), {
      action: 'customer.link_user',
      entityType: 'customer',
      entityId: id,
      payload: { before: { userId: before.userId }, after: { userId } },
    });
    return toStaffView(await bundleOf(tx, after));
  });
}
