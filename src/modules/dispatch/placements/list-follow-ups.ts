import type { Ctx } from '../../../platform/context.ts';
import { authorize } from '../../../platform/permissions.ts';
import { shanghaiDate } from '../../workers/index.ts';
import { listFollowUpRows } from './placement.repository.ts';
import { toFollowUpView } from './views.ts';

export type FollowUpQuery = {
  state: 'open' | 'done' | 'cancelled';
  due: 'overdue' | 'today' | 'all';
  limit: number;
};

/**
 * GET /follow-ups — supervisors' placement follow-ups 督导回访 (R26), soonest due first: `due=overdue`
 * (past its day), `today` (due today) or `all`. A store-scoped supervisor sees her stores' only.
 */
export async function listFollowUps(ctx: Ctx, q: FollowUpQuery) {
  const scope = authorize(ctx.actor, 'followup.write');
  const today = shanghaiDate(ctx.clock.now());
  const rows = await listFollowUpRows(ctx.db, ctx.actor.companyId, {
    storeIds: scope.kind === 'company' ? null : scope.storeIds,
    state: q.state,
    due: q.due,
    today,
    limit: q.limit,
  });
  return { items: rows.map((r) => toFollowUpView(r.task, r.workerName, today)) };
}
