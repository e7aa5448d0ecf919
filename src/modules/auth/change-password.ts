import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { invalidField, notFound } from '../../platform/errors.ts';
import { hashPassword, verifyPassword } from '../../platform/passwords.ts';
import { revokeUserSessions } from '../../platform/sessions.ts';
import { findUser, updateUserRow } from '../org/index.ts';

/** Changes one's own password; every other session of the user ends, this one stays. */
export async function changePassword(
  ctx: Ctx,
  sessionId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const { companyId, userId } = ctx.actor;
  const user = await findUser(ctx.db, companyId, userId);
  if (!user) throw notFound('user');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalidField('currentPassword', '当前密码不正确', 'The current password is wrong');
  }
  if (input.currentPassword === input.newPassword) {
    throw invalidField('newPassword', '新密码不能与当前密码相同', 'The new password must differ');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    await updateUserRow(tx, companyId, userId, {
      passwordHash,
      passwordChangedAt: now,
      mustChangePassword: false,
      updatedAt: now,
    });
    const sessionsRevoked = await revokeUserSessions(tx, companyId, userId, now, sessionId);
    await writeAudit(tx, auditMeta(ctx), {
      action: 'user.password_change',
      entityType: 'user',
      entityId: userId,
      payload: { sessionsRevoked },
    });
  });
}
