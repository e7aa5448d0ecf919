import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { authorize, authorizeCompanyWide } from '../../platform/permissions.ts';
import { loadDispatchSettings, saveDispatchSettings } from './company-settings.ts';
import type { DispatchSettings } from './settings.ts';
import './audit-events.ts';

/** GET /dispatch/settings — the company's weights and windows (defaults filled in). */
export async function getDispatchSettings(ctx: Ctx) {
  authorize(ctx.actor, 'dispatch.write');
  return loadDispatchSettings(ctx.db, ctx.actor.companyId);
}

/** PUT /dispatch/settings — an administrator changes them (whole object, validated; audited). */
export async function updateDispatchSettings(ctx: Ctx, input: DispatchSettings) {
  authorizeCompanyWide(ctx.actor, 'company.write');
  return ctx.db.transaction(async (tx) => {
    const before = await loadDispatchSettings(tx, ctx.actor.companyId);
    await saveDispatchSettings(tx, ctx.actor.companyId, input);
    await writeAudit(tx, auditMeta(ctx), {
      action: 'dispatch.settings',
      entityType: 'company',
      entityId: ctx.actor.companyId,
      payload: { before, after: input },
    });
    return loadDispatchSettings(tx, ctx.actor.companyId);
  });
}
