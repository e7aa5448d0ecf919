import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { authorize, inScope } from '../../platform/permissions.ts';

/**
 * The stores a day's board or plan covers: a store-scoped dispatcher sees her stores (a storeId
 * outside them answers 404); a company-wide role sees one store or, without storeId, all.
 */
export function dayScope(ctx: Ctx, storeId: string | undefined): string[] | null {
  const scope = authorize(ctx.actor, 'dispatch.write');
  if (storeId) {
    if (!inScope(scope, storeId)) throw notFound('store');
    return [storeId];
  }
  return scope.kind === 'company' ? null : scope.storeIds;
}
