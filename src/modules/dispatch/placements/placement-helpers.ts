import type { Db } from '../../../db/client.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { invalidState, type OrderRow, updateOrderFields } from '../../orders/index.ts';
import type { DispatchSettings } from '../settings.ts';
import { countedReplacements, signedContractOf } from './placement.repository.ts';

/**
 * Takes the order's row lock for the rest of the transaction (an UPDATE of its `updated_at` while
 * it is still in the status we read), so two people acting on one order at once run one after the
 * other and the second sees what the first wrote (the 3-interview limit, the replacement quota).
 */
export async function lockOrder(tx: Db, ctx: Ctx, order: OrderRow): Promise<OrderRow> {
  const locked = await updateOrderFields(tx, ctx, order, {});
  if (!locked)
    throw invalidState(
      '订单状态已被他人修改，请刷新后重试',
      'The order was changed meanwhile; reload and retry',
    );
  return locked;
}

export function requirePlacement(order: OrderRow): void {
  if (order.mode !== 'placement') {
    throw invalidState(
      '上门服务订单请直接派单，无需面试',
      'Visits are dispatched directly, without interviews',
    );
  }
}

/** 422 for a business limit (3 interviews, the replacement quota), with its reason in words. */
export const limitReached = (zh: string, en: string) =>
  new AppError('DISPATCH_RULE_BROKEN', { reason: { zh, en } });

/**
 * The contract's replacement quota (R11: 3 unless the signed contract says otherwise, then the
 * company's setting) and how much of it is used.
 */
export async function quotaOf(db: Db, order: OrderRow, settings: DispatchSettings) {
  const contract = await signedContractOf(db, order.companyId, order.id);
  const terms = (contract?.terms ?? {}) as { replacementQuota?: unknown };
  const fromTerms = typeof terms.replacementQuota === 'number' ? terms.replacementQuota : null;
  const quota = fromTerms ?? settings.replacementQuota;
  const used = await countedReplacements(db, order.companyId, order.id);
  return { contractId: contract?.id ?? null, quota, used, left: Math.max(0, quota - used) };
}
