import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { authorize, inScope } from '../../platform/permissions.ts';
import { findStore } from './store.repository.ts';
import { toStoreView } from './views.ts';

export async function getStore(ctx: Ctx, id: string) {
  const scope = authorize(ctx.actor, 'store.read');
  const row = await findStore(ctx.db, ctx.actor.companyId, id);
  if (!row || !inScope(scope, row.id)) throw notFound('store');
  return toStoreView(row);
}
