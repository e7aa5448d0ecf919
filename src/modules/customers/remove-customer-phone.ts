import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, invalidField } from '../../platform/errors.ts';
import { authorize } from '../../platform/permissions.ts';
import { maskedPhone } from './audit-events.ts';
import { deletePhones, phonesOf, setPrimaryPhone } from './contact.repository.ts';
import { updateCustomerRow } from './customer.repository.ts';
import { toStaffView } from './customer.views.ts';
import { bundleOf, lockLiveCustomer } from './customer-helpers.ts';

/**
 * Removes a phone, named in full or masked as staff see it (so removing needs no reveal); a file
 * keeps at least one. Removing the primary promotes the next number.
 */
export async function removeCustomerPhone(ctx: Ctx, id: string, phone: string) {
  authorize(ctx.actor, 'customer.write');
  const companyId = ctx.actor.companyId;
  return ctx.db.transaction(async (tx) => {
    await lockLiveCustomer(tx, companyId, id);
    const phones = await phonesOf(tx, companyId, [id]);
    const matches = phones.filter((p) => p.phone === phone || maskedPhone(p.phone) === phone);
    if (matches.length > 1)
      throw invalidField('phone', '有多个号码与之匹配，请输入完整号码', 'Ambiguous; give the full number');
    const gone = matches[0];
    if (!gone) throw invalidField('phone', '该客户没有这个号码', 'The customer has no such phone');
    const rest = phones.filter((p) => p !== gone);
    if (!rest.length) {
      throw new AppError('INVALID_STATE', {
        reason: {
          zh: '这是客户唯一的号码，不能删除；请先添加新号码',
          en: "This is the customer's only phone; add another one first",
        },
      });
    }
    await deletePhones(tx, companyId, id, [gone.phone]);
    const newPrimary = gone.isPrimary ? rest[0]!.phone : null;
    if (newPrimary) await setPrimaryPhone(tx, companyId, id, newPrimary);
    await writeAudit(tx, auditMeta(ctx), {
      action: 'customer.phone_remove',
      entityType: 'customer',
      entityId: id,
      payload: { phone: maskedPhone(gone.phone), newPrimary: newPrimary && maskedPhone(newPrimary) },
    });
    const row = await updateCustomerRow(tx, companyId, id, { updatedAt: ctx.clock.now() });
    return toStaffView(await bundleOf(tx, row));
  });
}
