import type { Ctx } from '../../../platform/context.ts';
import { loadOrderFor } from '../../orders/index.ts';
import { loadDispatchSettings } from '../company-settings.ts';
import { replacementsOfOrder, workerNames } from './placement.repository.ts';
import { quotaOf } from './placement-helpers.ts';
import { toReplacementView } from './views.ts';

/**
 * GET /orders/:id/replacements — who replaced whom and why (R11, R32), oldest first, with the
 * contract's quota used and left (emergencies do not count).
 */
export async function listReplacements(ctx: Ctx, orderId: string) {
  return ctx.db.transaction(async (tx) => {
    const order = await loadOrderFor(ctx, 'order.read', orderId, tx);
    const rows = await replacementsOfOrder(tx, order.companyId, order.id);
    const ids = [
      ...new Set(rows.flatMap((r) => (r.toWorkerId ? [r.fromWorkerId, r.toWorkerId] : [r.fromWorkerId]))),
    ];
    const names = await workerNames(tx, order.companyId, ids);
    const settings = await loadDispatchSettings(tx, order.companyId);
    const q = await quotaOf(tx, order, settings);
    return {
      items: rows.map((r) => toReplacementView(r, names)),
      quota: q.quota,
      used: q.used,
      left: q.left,
    };
  });
}
