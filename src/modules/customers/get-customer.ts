import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { authorize } from '../../platform/permissions.ts';
import { findCustomer } from './customer.repository.ts';
import { toStaffView } from './customer.views.ts';
import { bundleOf } from './customer-helpers.ts';

/** A file in the staff view; a merged file still answers, showing `mergedIntoId`. */
export async function getCustomer(ctx: Ctx, id: string) {
  authorize(ctx.actor, 'customer.read');
  const row = await findCustomer(ctx.db, ctx.actor.companyId, id);
  if (!row) throw notFound('customer');
  return toStaffView(await bundleOf(ctx.db, row));
}
