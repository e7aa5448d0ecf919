import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { pageOf } from '../../platform/pagination.ts';
import { authorize } from '../../platform/permissions.ts';
import type { ZTeamQuery } from './schemas.ts';
import { listTeamRows } from './team.repository.ts';
import { teamViews } from './team-helpers.ts';

export async function listTeams(
  ctx: Ctx,
  q: z.infer<typeof ZTeamQuery> & { limit: number; cursor?: string },
) {
  const scope = authorize(ctx.actor, 'team.read');
  const page = pageOf(await listTeamRows(ctx.db, ctx.actor.companyId, scope, q), q.limit);
  return { items: await teamViews(ctx.db, ctx.actor.companyId, page.items), nextCursor: page.nextCursor };
}
