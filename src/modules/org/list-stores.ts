import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { pageOf } from '../../platform/pagination.ts';
import { authorize } from '../../platform/permissions.ts';
import type { ZStoreQuery } from './schemas.ts';
import { listStores as listStoreRows } from './store.repository.ts';
import { toStoreView } from './views.ts';

export async function listStores(
  ctx: Ctx,
  q: z.infer<typeof ZStoreQuery> & { limit: number; cursor?: string },
) {
  const scope = authorize(ctx.actor, 'store.read');
  const rows = await listStoreRows(ctx.db, ctx.actor.companyId, scope, q);
  const page = pageOf(rows, q.limit);
  return { items: page.items.map(toStoreView), nextCursor: page.nextCursor };
}
