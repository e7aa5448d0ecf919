import type { Ctx } from '../../platform/context.ts';
import { authorize } from '../../platform/permissions.ts';
import { liveHoldersOf } from './contact.repository.ts';
import { toDuplicateView } from './customer.views.ts';

/** Live files holding exactly this phone: the new-order screen's "is this caller known?" look-up. */
export async function findDuplicates(ctx: Ctx, phone: string) {
  authorize(ctx.actor, 'customer.read');
  const holders = await liveHoldersOf(ctx.db, ctx.actor.companyId, [phone]);
  return { items: holders.map(toDuplicateView) };
}
