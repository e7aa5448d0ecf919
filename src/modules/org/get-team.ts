import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { authorize, inScope } from '../../platform/permissions.ts';
import { findTeam } from './team.repository.ts';
import { teamViews } from './team-helpers.ts';

export async function getTeam(ctx: Ctx, id: string) {
  const scope = authorize(ctx.actor, 'team.read');
  const row = await findTeam(ctx.db, ctx.actor.companyId, id);
  if (!row || !inScope(scope, row.storeId)) throw notFound('team');
  const [view] = await teamViews(ctx.db, ctx.actor.companyId, [row]);
  return view!;
}
