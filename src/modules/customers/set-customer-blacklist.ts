import { auditMeta, diff, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { authorize } from '../../platform/permissions.ts';
import { blacklistAuditFields } from './audit-events.ts';
import { updateCustomerRow } from './customer.repository.ts';
import { redactText } from './customer.rules.ts';
import { toStaffView } from './customer.views.ts';
import { bundleOf, lockLiveCustomer } from './customer-helpers.ts';

/**
 * Puts a customer on the blacklist (with the reason shown to staff) or takes her off it; both
 * need a reason, which the audit row keeps. Asking for the state the file is already in changes
 * nothing (blacklisting again with a new reason updates the reason).
 */
export async function setCustomerBlacklist(ctx: Ctx, id: string, blacklisted: boolean, reason: string) {
  authorize(ctx.actor, 'customer.write');
  const companyId = ctx.actor.companyId;
  return ctx.db.transaction(async (tx) => {
    const before = await lockLiveCustomer(tx, companyId, id);
    const blacklistReason = blacklisted ? reason : null;
    if (before.blacklisted === blacklisted && before.blacklistReason === blacklistReason) {
      return toStaffView(await bundleOf(tx, before));
    }
    const after = await updateCustomerRow(tx, companyId, id, {
      blacklisted,
      blacklistReason,
      updatedAt: ctx.clock.now(),
    });
    await writeAudit(tx, auditMeta(ctx), {
      action: blacklisted ? 'customer.blacklist' : 'customer.unblacklist',
      entityType: 'customer',
      entityId: id,
      payload: {
        ...diff(blacklistAuditFields(before), blacklistAuditFields(after)),
        reason: redactText(reason),
      },
    });
    return toStaffView(await bundleOf(tx, after));
  });
}
