import { auditMeta, diff, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { authorizeCompanyWide } from '../../platform/permissions.ts';
import { revokeUserSessions } from '../../platform/sessions.ts';
import { findUser, rolesOf, updateUserRow } from './user.repository.ts';
import { userAuditFields, userViews } from './user-helpers.ts';

/** Disabling a user also ends all her sessions at once; users are never deleted. */
export async function setUserStatus(ctx: Ctx, id: string, status: 'active' | 'disabled') {
  authorizeCompanyWide(ctx.actor, 'user.write');
  const companyId = ctx.actor.companyId;
  if (status === 'disabled' && id === ctx.actor.userId) {
    throw new AppError('INVALID_STATE', {
      reason: { zh: '不能停用自己的账号。', en: 'You cannot disable yourself.' },
    });
  }
  return ctx.db.transaction(async (tx) => {
    const before = await findUser(tx, companyId, id);
    if (!before) throw notFound('user');
    let after = before;
    if (before.status !== status) {
      const now = ctx.clock.now();
      after = await updateUserRow(tx, companyId, id, { status, updatedAt: now });
      if (status === 'disabled') await revokeUserSessions(tx, companyId, id, now);
      const roles = (await rolesOf(tx, companyId, [id])).get(id) ?? [];
      await writeAudit(tx, auditMeta(ctx), {
        action: status === 'disabled' ? 'user.disable' : 'user.enable',
        entityType: 'user',
        entityId: id,
        payload: diff(userAuditFields(before, roles), userAuditFields(after, roles)),
      });
    }
    const [view] = await userViews(tx, companyId, [after]);
    return view!;
  });
}
