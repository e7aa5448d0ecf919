import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { authorize, inScope } from '../../platform/permissions.ts';
import { findUser, rolesOf } from './user.repository.ts';
import { userViews } from './user-helpers.ts';

export async function getUser(ctx: Ctx, id: string) {
  const scope = authorize(ctx.actor, 'user.read');
  const companyId = ctx.actor.companyId;
  const row = await findUser(ctx.db, companyId, id);
  if (!row) throw notFound('user');
  if (scope.kind === 'stores') {
    const roles = (await rolesOf(ctx.db, companyId, [id])).get(id) ?? [];
    if (!roles.some((r) => inScope(scope, r.storeId))) throw notFound('user');
  }
  const [view] = await userViews(ctx.db, companyId, [row]);
  return view!;
}
