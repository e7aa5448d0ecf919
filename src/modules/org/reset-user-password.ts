import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { hashPassword } from '../../platform/passwords.ts';
import { authorizeCompanyWide } from '../../platform/permissions.ts';
import { revokeUserSessions } from '../../platform/sessions.ts';
import { findUser, updateUserRow } from './user.repository.ts';

/** An administrator sets a new password; the user's sessions end and she must change it at next login. */
export async function resetUserPassword(ctx: Ctx, id: string, newPassword: string): Promise<void> {
  authorizeCompanyWide(ctx.actor, 'user.write');
  const companyId = ctx.actor.companyId;
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    const user = await findUser(tx, companyId, id);
    if (!user) throw notFound('user');
    const now = ctx.clock.now();
    await updateUserRow(tx, companyId, id, {
      passwordHash,
      passwordChangedAt: now,
      mustChangePassword: id !== ctx.actor.userId,
      updatedAt: now,
    });
    const sessionsRevoked = await revokeUserSessions(tx, companyId, id, now);
    await writeAudit(tx, auditMeta(ctx), {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: id,
      payload: { sessionsRevoked },
    });
  });
}
