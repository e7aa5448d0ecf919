import type { Ctx } from '../../platform/context.ts';
import { authorize } from '../../platform/permissions.ts';
import { findCurrentPriceList, listPriceLists } from './catalog.repository.ts';
import { customerOnly, loadServiceType, todayOf } from './catalog-helpers.ts';
import { toPriceListView, toServiceTypeView } from './views.ts';

/**
 * A service type with all its price list versions, newest first; the current one is marked.
 * A customer sees only active services and published versions.
 */
export async function getServiceType(ctx: Ctx, id: string) {
  authorize(ctx.actor, 'catalog.read');
  const companyId = ctx.actor.companyId;
  const s = await loadServiceType(ctx.db, companyId, id, customerOnly(ctx));
  const current = await findCurrentPriceList(ctx.db, companyId, id, todayOf(ctx));
  const versions = (await listPriceLists(ctx.db, companyId, id)).filter(
    (v) => v.status === 'published' || !customerOnly(ctx),
  );
  return { ...toServiceTypeView(s), versions: versions.map((v) => toPriceListView(v, current?.id ?? null)) };
}
