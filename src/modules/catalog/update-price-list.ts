import { auditMeta, diff, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { authorizeCompanyWide } from '../../platform/permissions.ts';
import { findPriceList, updateDraftPriceList } from './catalog.repository.ts';
import { checkContentsMode, loadServiceType, publishedState } from './catalog-helpers.ts';
import type { TPriceListUpdate } from './schemas.ts';
import { toPriceListView } from './views.ts';

export const immutable = () =>
  publishedState(
    '该价目表版本已发布，不能修改；如需调整请新建版本',
    'A published price list version cannot change; create a new version',
  );

/** Changes a draft. A published version is immutable: 409, and nothing changes. */
export async function updatePriceList(ctx: Ctx, id: string, input: TPriceListUpdate) {
  authorizeCompanyWide(ctx.actor, 'catalog.write');
  const companyId = ctx.actor.companyId;
  return ctx.db.transaction(async (tx) => {
    const before = await findPriceList(tx, companyId, id, true);
    if (!before) throw notFound('price_list');
    if (before.status !== 'draft') throw immutable();
    const s = await loadServiceType(tx, companyId, before.serviceTypeId);
    if (input.contents) checkContentsMode(s.mode, input.contents);
    const after = await updateDraftPriceList(tx, companyId, id, {
      ...(input.effectiveFrom ? { effectiveFrom: input.effectiveFrom } : {}),
      ...(input.contents ? { contents: input.contents } : {}),
      updatedAt: ctx.clock.now(),
    });
    if (!after) throw immutable();
    const fields = (r: typeof before) => ({ effectiveFrom: r.effectiveFrom, contents: r.contents });
    await writeAudit(tx, auditMeta(ctx), {
      action: 'price_list.update',
      entityType: 'price_list',
      entityId: id,
      payload: { ...diff(fields(before), fields(after)), serviceTypeId: s.id, version: after.version },
    });
    return toPriceListView(after);
  });
}
