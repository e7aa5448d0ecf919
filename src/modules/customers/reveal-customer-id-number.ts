import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { decrypt } from '../../platform/crypto.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { authorize } from '../../platform/permissions.ts';
import { findCustomer } from './customer.repository.ts';
import { toRevealedIdNumber } from './customer.views.ts';

/** The full ID number of a file (a contract needs it, R6/R10); every reveal is audited (R16). */
export async function revealCustomerIdNumber(ctx: Ctx, id: string) {
  authorize(ctx.actor, 'customer.reveal');
  const companyId = ctx.actor.companyId;
  return ctx.db.transaction(async (tx) => {
    const row = await findCustomer(tx, companyId, id);
    if (!row) throw notFound('customer');
    if (!row.idNumberEnc) {
      throw new AppError('INVALID_STATE', {
        reason: { zh: '该客户未登记身份证号', en: 'No ID number is recorded for this customer' },
      });
    }
    await writeAudit(tx, auditMeta(ctx), {
      action: 'customer.reveal_id_number',
      entityType: 'customer',
      entityId: id,
      payload: { idNumberMasked: row.idNumberMasked },
    });
    return toRevealedIdNumber(decrypt(row.idNumberEnc));
  });
}
