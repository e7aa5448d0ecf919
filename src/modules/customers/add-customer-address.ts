import type { z } from 'zod';
import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { authorize } from '../../platform/permissions.ts';
import { addressAuditFields } from './audit-events.ts';
import { addressesOf, insertAddresses, setDefaultAddress } from './contact.repository.ts';
import { updateCustomerRow } from './customer.repository.ts';
import { toStaffView } from './customer.views.ts';
import { bundleOf, CUSTOMER_ID_PREFIX, lockLiveCustomer } from './customer-helpers.ts';
import type { ZAddressInput } from './schemas.ts';

/** Adds a service address; the first one, or one marked default, becomes the only default. */
export async function addCustomerAddress(ctx: Ctx, id: string, input: z.infer<typeof ZAddressInput>) {
  authorize(ctx.actor, 'customer.write');
  const companyId = ctx.actor.companyId;
  return ctx.db.transaction(async (tx) => {
    await lockLiveCustomer(tx, companyId, id);
    const now = ctx.clock.now();
    const isDefault = input.isDefault === true || (await addressesOf(tx, companyId, [id])).length === 0;
    const [address] = await insertAddresses(tx, [
      {
        companyId,
        id: newId(CUSTOMER_ID_PREFIX.address),
        customerId: id,
        label: input.label ?? null,
        province: input.province,
        city: input.city,
        district: input.district,
        community: input.community,
        detail: input.detail,
        lat: input.lat ?? null,
        lng: input.lng ?? null,
        accessNotes: input.accessNotes ?? null,
        isDefault: false,
        createdAt: now,
        updatedAt: now,
      },
    ]);
    if (isDefault) await setDefaultAddress(tx, companyId, id, address!.id);
    await writeAudit(tx, auditMeta(ctx), {
      action: 'customer.address_add',
      entityType: 'customer',
      entityId: id,
      payload: {
        addressId: address!.id,
        after: { ...addressAuditFields(address!), isDefault },
        detailChanged: true,
      },
    });
    return toStaffView(await bundleOf(tx, await updateCustomerRow(tx, companyId, id, { updatedAt: now })));
  });
}
