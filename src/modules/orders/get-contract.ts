import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { authorize } from '../../platform/permissions.ts';
import { loadOrderFor } from './index.ts';
import { contractsOfOrder, findContract, signaturesOf } from './quote.repository.ts';
import { loadMyOrder, toContractView } from './quote-helpers.ts';

/** A contract with its terms, canonical text and signers (staff who may read the order). */
export async function getContract(ctx: Ctx, id: string) {
  authorize(ctx.actor, 'order.read');
  const c = await findContract(ctx.db, ctx.actor.companyId, id);
  if (!c) throw notFound('contract');
  await loadOrderFor(ctx, 'order.read', c.orderId);
  return toContractView(c, await signaturesOf(ctx.db, ctx.actor.companyId, c.id));
}

/** Every contract version of an order, oldest first. */
export async function listOrderContracts(ctx: Ctx, orderId: string) {
  const order = await loadOrderFor(ctx, 'order.read', orderId);
  const rows = await contractsOfOrder(ctx.db, ctx.actor.companyId, order.id);
  const items = [];
  for (const c of rows) items.push(toContractView(c, await signaturesOf(ctx.db, ctx.actor.companyId, c.id)));
  return { items };
}

/** The customer's own contract on the H5 page (to read before signing; the hash she signs). */
export async function getMyContract(ctx: Ctx, id: string) {
  if (!ctx.actor.roles.some((r) => r.role === 'customer')) throw new AppError('FORBIDDEN');
  const c = await findContract(ctx.db, ctx.actor.companyId, id);
  if (!c) throw notFound('contract');
  await loadMyOrder(ctx, c.orderId);
  return toContractView(c, await signaturesOf(ctx.db, ctx.actor.companyId, c.id));
}
