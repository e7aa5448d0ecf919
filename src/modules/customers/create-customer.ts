import type { z } from 'zod';
import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { authorize } from '../../platform/permissions.ts';
import { addressAuditFields, customerAuditFields } from './audit-events.ts';
import { insertAddresses, insertPhones } from './contact.repository.ts';
import { insertCustomer } from './customer.repository.ts';
import { distinctPhones } from './customer.rules.ts';
import { toStaffView } from './customer.views.ts';
import {
  bundleOf,
  CUSTOMER_ID_PREFIX,
  checkDuplicates,
  cleanTags,
  sealIdNumber,
} from './customer-helpers.ts';
import type { ZCustomerCreate } from './schemas.ts';

/**
 * Opens a customer file (客户档案). The first phone is the primary one. A phone already on a live
 * file answers 409 CUSTOMER_DUPLICATE unless `allowDuplicate`; of the addresses, the one marked
 * default (else the first) is the default.
 */
export async function createCustomer(ctx: Ctx, input: z.infer<typeof ZCustomerCreate>) {
  authorize(ctx.actor, 'customer.write');
  const companyId = ctx.actor.companyId;
  const now = ctx.clock.now();
  const phones = distinctPhones(input.phones);
  return ctx.db.transaction(async (tx) => {
    const duplicatesAllowed = await checkDuplicates(tx, companyId, phones, input.allowDuplicate);
    const row = await insertCustomer(tx, {
      companyId,
      id: newId(CUSTOMER_ID_PREFIX.customer),
      name: input.name,
      ...sealIdNumber(input.idNumber),
      sourceChannel: input.sourceChannel,
      household: input.household ?? {},
      preferences: input.preferences ?? {},
      tags: cleanTags(input.tags ?? []),
      notes: input.notes ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await insertPhones(
      tx,
      phones.map((phone, i) => ({
        companyId,
        customerId: row.id,
        phone,
        isPrimary: i === 0,
        createdAt: now,
      })),
    );
    const addresses = input.addresses ?? [];
    const defaultIndex = Math.max(
      0,
      addresses.findIndex((a) => a.isDefault),
    );
    await insertAddresses(
      tx,
      addresses.map((a, i) => ({
        companyId,
        id: newId(CUSTOMER_ID_PREFIX.address),
        customerId: row.id,
        label: a.label ?? null,
        province: a.province,
        city: a.city,
        district: a.district,
        community: a.community,
        detail: a.detail,
        lat: a.lat ?? null,
        lng: a.lng ?? null,
        accessNotes: a.accessNotes ?? null,
        isDefault: i === defaultIndex,
        createdAt: now,
        updatedAt: now,
      })),
    );
    const bundle = await bundleOf(tx, row);
    await writeAudit(tx, auditMeta(ctx), {
      action: 'customer.create',
      entityType: 'customer',
      entityId: row.id,
      payload: {
        after: {
          ...customerAuditFields(row, bundle.phones),
          addresses: bundle.addresses.map(addressAuditFields),
        },
        duplicatesAllowed,
      },
    });
    return toStaffView(bundle);
  });
}
