import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { pageOf } from '../../platform/pagination.ts';
import { authorize } from '../../platform/permissions.ts';
import type { ZUserQuery } from './schemas.ts';
import { listUserRows } from './user.repository.ts';
import { userViews } from './user-helpers.ts';

export async function listUsers(
  ctx: Ctx,
  q: z.infer<typeof ZUserQuery> & { limit: number; cursor?: string },
) {
  const scope = authorize(ctx.actor, 'user.read');
  const page = pageOf(await listUserRows(ctx.db, ctx.actor.companyId, scope, q), q.limit);
  return { items: await userViews(ctx.db, ctx.actor.companyId, page.items), nextCursor: page.nextCursor };
}
