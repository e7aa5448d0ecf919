import { auditMeta, diff, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { authorize, inScope } from '../../platform/permissions.ts';
import { findTeam, updateTeamRow } from './team.repository.ts';
import { teamAuditFields, teamViews } from './team-helpers.ts';

export async function setTeamStatus(ctx: Ctx, id: string, status: 'active' | 'disabled') {
  const scope = authorize(ctx.actor, 'team.write');
  const companyId = ctx.actor.companyId;
  return ctx.db.transaction(async (tx) => {
    const before = await findTeam(tx, companyId, id);
    if (!before || !inScope(scope, before.storeId)) throw notFound('team');
    let after = before;
    if (before.status !== status) {
      after = await updateTeamRow(tx, companyId, id, { status, updatedAt: ctx.clock.now() });
      await writeAudit(tx, auditMeta(ctx), {
        action: status === 'disabled' ? 'team.disable' : 'team.enable',
        entityType: 'team',
        entityId: id,
        payload: diff(teamAuditFields(before), teamAuditFields(after)),
      });
    }
    const [view] = await teamViews(tx, companyId, [after]);
    return view!;
  });
}
