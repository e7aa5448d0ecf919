import { auditMeta, diff, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { authorizeCompanyWide } from '../../platform/permissions.ts';
import { findStore, updateStoreRow } from './store.repository.ts';
import { storeAuditFields, toStoreView } from './views.ts';

/** Disables or re-enables a store. Stores are never deleted: orders and audit rows point at them. */
export async function setStoreStatus(ctx: Ctx, id: string, status: 'active' | 'disabled') {
  authorizeCompanyWide(ctx.actor, 'store.write');
  return ctx.db.transaction(async (tx) => {
    const before = await findStore(tx, ctx.actor.companyId, id);
    if (!before) throw notFound('store');
    if (before.status === status) return toStoreView(before);
    const after = await updateStoreRow(tx, ctx.actor.companyId, id, { status, updatedAt: ctx.clock.now() });
    await writeAudit(tx, auditMeta(ctx), {
      action: status === 'disabled' ? 'store.disable' : 'store.enable',
      entityType: 'store',
      entityId: id,
      payload: diff(storeAuditFields(before), storeAuditFields(after)),
    });
    return toStoreView(after);
  });
}
