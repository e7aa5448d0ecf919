/** What other modules may use from customers: read functions and the merge hook's home. */

export type { CustomerRow } from './customer.repository.ts';
export { findCustomer } from './customer.repository.ts';
export { ZHousehold, ZPreferences } from './schemas.ts';
