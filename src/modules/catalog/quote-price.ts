import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { loadCurrentPrices } from './get-current-price-list.ts';
import { ZPriceContents } from './price-contents.ts';
import { type Coupon, priceQuote } from './pricing.rules.ts';
import type { TQuoteRequest } from './schemas.ts';

/**
 * The instant price (customer H5, the agent's phone screen): the lines of the CURRENT published
 * version, with the version id the quote was priced from. Writes nothing. A disabled service
 * cannot be quoted.
 */
export async function quotePrice(ctx: Ctx, input: TQuoteRequest, coupons: Coupon[] = []) {
  const { serviceType, priceList } = await loadCurrentPrices(ctx, input.serviceTypeId);
  if (serviceType.status !== 'active')
    throw new AppError('INVALID_STATE', {
      reason: { zh: `「${serviceType.name}」已停用`, en: 'This service is disabled' },
    });
  const { serviceTypeId, ...params } = input;
  const quote = priceQuote({
    serviceType: serviceType,
    contents: ZPriceContents.parse(priceList.contents),
    params: { ...params, coupons },
  });
  return { serviceTypeId, priceListVersionId: priceList.id, version: priceList.version, ...quote };
}
