import type { z } from 'zod';
import { auditMeta, diff, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { authorize } from '../../platform/permissions.ts';
import { customerAuditFields } from './audit-events.ts';
import { updateCustomerRow } from './customer.repository.ts';
import { toStaffView } from './customer.views.ts';
import { bundleOf, cleanTags, lockLiveCustomer, sealIdNumber } from './customer-helpers.ts';
import type { ZCustomerUpdate } from './schemas.ts';

/**
 * Changes a file's own fields. Household and preferences are replaced as a whole; `idNumber: null`
 * clears the ID number. Phones, addresses and the blacklist have their own action endpoints.
 */
export async function updateCustomer(ctx: Ctx, id: string, input: z.infer<typeof ZCustomerUpdate>) {
  authorize(ctx.actor, 'customer.write');
  const companyId = ctx.actor.companyId;
  return ctx.db.transaction(async (tx) => {
    const before = await bundleOf(tx, await lockLiveCustomer(tx, companyId, id));
    const row = await updateCustomerRow(tx, companyId, id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.sourceChannel !== undefined ? { sourceChannel: input.sourceChannel } : {}),
      ...(input.idNumber !== undefined ? sealIdNumber(input.idNumber) : {}),
      ...(input.household !== undefined ? { household: input.household } : {}),
      ...(input.preferences !== undefined ? { preferences: input.preferences } : {}),
      ...(input.tags !== undefined ? { tags: cleanTags(input.tags) } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      updatedAt: ctx.clock.now(),
    });
    await writeAudit(tx, auditMeta(ctx), {
      action: 'customer.update',
      entityType: 'customer',
      entityId: id,
      payload: diff(customerAuditFields(before.row, before.phones), customerAuditFields(row, before.phones)),
    });
    return toStaffView({ ...before, row });
  });
}
