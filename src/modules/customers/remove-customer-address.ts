import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { authorize } from '../../platform/permissions.ts';
import { addressAuditFields } from './audit-events.ts';
import { addressesOf, deleteAddress, setDefaultAddress } from './contact.repository.ts';
import { updateCustomerRow } from './customer.repository.ts';
import { toStaffView } from './customer.views.ts';
import { bundleOf, lockLiveCustomer } from './customer-helpers.ts';

/**
 * Removes an address (the console asks for confirmation first). A hard delete is right while no
 * order points at an address; the orders issue MUST refuse it (409) once orders reference the
 * address, since an order's address is part of its record. Removing the default makes the newest
 * remaining address the default.
 */
export async function removeCustomerAddress(ctx: Ctx, id: string, addressId: string) {
  authorize(ctx.actor, 'customer.write');
  const companyId = ctx.actor.companyId;
  return ctx.db.transaction(async (tx) => {
    await lockLiveCustomer(tx, companyId, id);
    const addresses = await addressesOf(tx, companyId, [id]);
    const gone = addresses.find((a) => a.id === addressId);
    if (!gone) throw notFound('address');
    await deleteAddress(tx, companyId, addressId);
    const rest = addresses.filter((a) => a !== gone).sort((a, b) => b.id.localeCompare(a.id));
    const newDefaultId = gone.isDefault ? (rest[0]?.id ?? null) : null;
    if (newDefaultId) await setDefaultAddress(tx, companyId, id, newDefaultId);
    await writeAudit(tx, auditMeta(ctx), {
      action: 'customer.address_remove',
      entityType: 'customer',
      entityId: id,
      payload: { addressId, before: addressAuditFields(gone), newDefaultId },
    });
    const row = await updateCustomerRow(tx, companyId, id, { updatedAt: ctx.clock.now() });
    return toStaffView(await bundleOf(tx, row));
  });
}
