import type { z } from 'zod';
import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { authorize } from '../../platform/permissions.ts';
import { maskedPhone } from './audit-events.ts';
import { insertPhones, phonesOf, setPrimaryPhone } from './contact.repository.ts';
import { updateCustomerRow } from './customer.repository.ts';
import { toStaffView } from './customer.views.ts';
import { bundleOf, checkDuplicates, lockLiveCustomer } from './customer-helpers.ts';
import type { ZPhoneAdd } from './schemas.ts';

/**
 * Adds a phone (the duplicate rule applies) or, for a number the file already has, makes it
 * primary when asked; a number already there and nothing to change returns the file unchanged.
 */
export async function addCustomerPhone(ctx: Ctx, id: string, input: z.infer<typeof ZPhoneAdd>) {
  authorize(ctx.actor, 'customer.write');
  const companyId = ctx.actor.companyId;
  return ctx.db.transaction(async (tx) => {
    const row = await lockLiveCustomer(tx, companyId, id);
    const now = ctx.clock.now();
    const existing = (await phonesOf(tx, companyId, [id])).find((p) => p.phone === input.phone);
    if (existing) {
      if (!input.isPrimary || existing.isPrimary) return toStaffView(await bundleOf(tx, row));
      await setPrimaryPhone(tx, companyId, id, input.phone);
      await writeAudit(tx, auditMeta(ctx), {
        action: 'customer.phone_primary',
        entityType: 'customer',
        entityId: id,
        payload: { phone: maskedPhone(input.phone) },
      });
    } else {
      const duplicatesAllowed = await checkDuplicates(tx, companyId, [input.phone], input.allowDuplicate, id);
      await insertPhones(tx, [
        { companyId, customerId: id, phone: input.phone, isPrimary: false, createdAt: now },
      ]);
      if (input.isPrimary) await setPrimaryPhone(tx, companyId, id, input.phone);
      await writeAudit(tx, auditMeta(ctx), {
        action: 'customer.phone_add',
        entityType: 'customer',
        entityId: id,
        payload: { phone: maskedPhone(input.phone), isPrimary: input.isPrimary ?? false, duplicatesAllowed },
      });
    }
    return toStaffView(await bundleOf(tx, await updateCustomerRow(tx, companyId, id, { updatedAt: now })));
  });
}
