import type { z } from 'zod';
import { auditMeta, diff, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { authorize } from '../../platform/permissions.ts';
import { addressAuditFields } from './audit-events.ts';
import { addressesOf, setDefaultAddress, updateAddressRow } from './contact.repository.ts';
import { updateCustomerRow } from './customer.repository.ts';
import { toStaffView } from './customer.views.ts';
import { bundleOf, lockLiveCustomer } from './customer-helpers.ts';
import type { ZAddressUpdate } from './schemas.ts';

/**
 * Changes an address. `isDefault: true` makes it the only default; a file with addresses always
 * has exactly one default, so the default cannot be unset here — another one is made default.
 */
export async function updateCustomerAddress(
  ctx: Ctx,
  id: string,
  addressId: string,
  input: z.infer<typeof ZAddressUpdate>,
) {
  authorize(ctx.actor, 'customer.write');
  const companyId = ctx.actor.companyId;
  return ctx.db.transaction(async (tx) => {
    await lockLiveCustomer(tx, companyId, id);
    const before = (await addressesOf(tx, companyId, [id])).find((a) => a.id === addressId);
    if (!before) throw notFound('address');
    if (input.isDefault === false && before.isDefault) {
      throw new AppError('INVALID_STATE', {
        reason: {
          zh: '客户须有一个默认地址：请把另一个地址设为默认',
          en: 'A customer keeps one default address: make another address the default instead',
        },
      });
    }
    const { isDefault, ...f } = input;
    const now = ctx.clock.now();
    let after = await updateAddressRow(tx, companyId, addressId, {
      ...(f.label !== undefined ? { label: f.label } : {}),
      ...(f.province !== undefined ? { province: f.province } : {}),
      ...(f.city !== undefined ? { city: f.city } : {}),
      ...(f.district !== undefined ? { district: f.district } : {}),
      ...(f.community !== undefined ? { community: f.community } : {}),
      ...(f.detail !== undefined ? { detail: f.detail } : {}),
      ...(f.lat !== undefined ? { lat: f.lat } : {}),
      ...(f.lng !== undefined ? { lng: f.lng } : {}),
      ...(f.accessNotes !== undefined ? { accessNotes: f.accessNotes } : {}),
      updatedAt: now,
    });
    if (isDefault && !before.isDefault) {
      await setDefaultAddress(tx, companyId, id, addressId);
      after = { ...after, isDefault: true };
    }
    await writeAudit(tx, auditMeta(ctx), {
      action: 'customer.address_update',
      entityType: 'customer',
      entityId: id,
      payload: {
        addressId,
        ...diff(addressAuditFields(before), addressAuditFields(after)),
        detailChanged: before.detail !== after.detail,
        accessNotesChanged: before.accessNotes !== after.accessNotes,
      },
    });
    return toStaffView(await bundleOf(tx, await updateCustomerRow(tx, companyId, id, { updatedAt: now })));
  });
}
