import type { Db } from '../../db/client.ts';

/**
 * A customer's history on her file: orders, complaints and payments. The orders, after-sales and
 * billing issues fill these lists (each item then gets its own schema); today they are empty.
 */
export type CustomerHistory = {
  orders: Record<string, unknown>[];
  complaints: Record<string, unknown>[];
  payments: Record<string, unknown>[];
};

export const emptyHistory = (): CustomerHistory => ({ orders: [], complaints: [], payments: [] });

/**
 * Moves everything that hangs off a customer file, other than its phones and addresses (which
 * `mergeCustomer` moves itself), from the merged `sourceId` to `targetId`, inside the merge's
 * transaction. Today no other table points at a customer, so it moves nothing. The orders,
 * complaints and billing issues MUST add their tables here (re-pointing `customer_id` from
 * source to target), or a merge would leave their rows on a hidden file.
 */
export async function moveCustomerHistory(
  _tx: Db,
  _companyId: string,
  _sourceId: string,
  _targetId: string,
): Promise<{ moved: Record<string, number> }> {
  return { moved: {} };
}
