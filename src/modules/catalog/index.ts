/** What other modules may use from the catalog (the orders issue prices quotes through these). */

export { loadCurrentPrices } from './get-current-price-list.ts';
export type { PriceContents } from './price-contents.ts';
export { dailyRateFen } from './pricing.money.ts';
export type { Coupon, Quote, QuoteLine, QuoteParams } from './pricing.rules.ts';
export { priceQuote } from './pricing.rules.ts';
export { quotePrice } from './quote-price.ts';
