import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { revokeSession } from '../../platform/sessions.ts';

export async function logout(ctx: Ctx, sessionId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await revokeSession(tx, sessionId, ctx.clock.now());
    await writeAudit(tx, auditMeta(ctx), {
      action: 'session.logout',
      entityType: 'session',
      entityId: sessionId.slice(0, 16),
      payload: { userId: ctx.actor.userId },
    });
  });
}
