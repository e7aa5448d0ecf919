import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { liveCustomersOfUser } from './customer.repository.ts';
import { toOwnerView } from './customer.views.ts';
import { bundleOf } from './customer-helpers.ts';

/**
 * The logged-in customer's own file, in the owner view. Only the `customer` role may ask (the
 * permission is owning the file, so there is no permission name to authorize against); a
 * customer whose login is linked to no file gets 404.
 */
export async function getMyCustomer(ctx: Ctx) {
  if (!ctx.actor.roles.some((r) => r.role === 'customer')) throw new AppError('FORBIDDEN');
  const [row] = await liveCustomersOfUser(ctx.db, ctx.actor.companyId, ctx.actor.userId);
  if (!row) throw notFound('customer');
  return toOwnerView(await bundleOf(ctx.db, row));
}
