/** What other modules (and the quotes/contracts use cases of this module) may use from orders. */
export type { OrderRow } from './order.repository.ts';
export { findOrder } from './order.repository.ts';
export type { OrderEndHook } from './order-helpers.ts';
export {
  addTimelineEvent,
  applyTransition,
  invalidState,
  loadOrderFor,
  onOrderEnd,
} from './order-helpers.ts';
export { loadMyOrder } from './quote-helpers.ts';
export { updateOrderFields } from './update-order-fields.ts';
