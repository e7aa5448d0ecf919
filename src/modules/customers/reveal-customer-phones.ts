import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { authorize } from '../../platform/permissions.ts';
import { maskedPhone } from './audit-events.ts';
import { phonesOf } from './contact.repository.ts';
import { findCustomer } from './customer.repository.ts';
import { toRevealedPhones } from './customer.views.ts';

/** The full phone numbers of a file, for calling the customer; every reveal is audited (R16). */
export async function revealCustomerPhones(ctx: Ctx, id: string) {
  authorize(ctx.actor, 'customer.reveal');
  const companyId = ctx.actor.companyId;
  return ctx.db.transaction(async (tx) => {
    const row = await findCustomer(tx, companyId, id);
    if (!row) throw notFound('customer');
    const phones = await phonesOf(tx, companyId, [id]);
    await writeAudit(tx, auditMeta(ctx), {
      action: 'customer.reveal_phone',
      entityType: 'customer',
      entityId: id,
      payload: { phones: phones.map((p) => maskedPhone(p.phone)) },
    });
    return toRevealedPhones(phones);
  });
}
