import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { authorize } from '../../platform/permissions.ts';
import { findCurrentPriceList, type PriceListRow, type ServiceTypeRow } from './catalog.repository.ts';
import { customerOnly, loadServiceType, todayOf } from './catalog-helpers.ts';
import { toPriceListView } from './views.ts';

/** The service type and the version new quotes use today; 409 when nothing is published yet. */
export async function loadCurrentPrices(
  ctx: Ctx,
  serviceTypeId: string,
): Promise<{ serviceType: ServiceTypeRow; priceList: PriceListRow }> {
  authorize(ctx.actor, 'catalog.read');
  const serviceType = await loadServiceType(ctx.db, ctx.actor.companyId, serviceTypeId, customerOnly(ctx));
  const priceList = await findCurrentPriceList(ctx.db, ctx.actor.companyId, serviceType.id, todayOf(ctx));
  if (!priceList)
    throw new AppError('INVALID_STATE', {
      reason: {
        zh: `「${serviceType.name}」还没有生效的价目表`,
        en: 'No price list is in effect for this service',
      },
    });
  return { serviceType, priceList };
}

export async function getCurrentPriceList(ctx: Ctx, serviceTypeId: string) {
  const { priceList } = await loadCurrentPrices(ctx, serviceTypeId);
  return toPriceListView(priceList, priceList.id);
}
