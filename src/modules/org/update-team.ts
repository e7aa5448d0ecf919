import type { z } from 'zod';
import { auditMeta, diff, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { authorize, inScope } from '../../platform/permissions.ts';
import { rethrowNameTaken } from './create-store.ts';
import type { ZTeamUpdate } from './schemas.ts';
import { findTeam, updateTeamRow } from './team.repository.ts';
import { checkSupervisor, teamAuditFields, teamViews } from './team-helpers.ts';

export async function updateTeam(ctx: Ctx, id: string, input: z.infer<typeof ZTeamUpdate>) {
  const scope = authorize(ctx.actor, 'team.write');
  const companyId = ctx.actor.companyId;
  try {
    return await ctx.db.transaction(async (tx) => {
      const before = await findTeam(tx, companyId, id);
      if (!before || !inScope(scope, before.storeId)) throw notFound('team');
      await checkSupervisor(tx, companyId, input.supervisorUserId);
      const after = await updateTeamRow(tx, companyId, id, {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.supervisorUserId !== undefined ? { supervisorUserId: input.supervisorUserId } : {}),
        updatedAt: ctx.clock.now(),
      });
      await writeAudit(tx, auditMeta(ctx), {
        action: 'team.update',
        entityType: 'team',
        entityId: id,
        payload: diff(teamAuditFields(before), teamAuditFields(after)),
      });
      const [view] = await teamViews(tx, companyId, [after]);
      return view!;
    });
  } catch (err) {
    rethrowNameTaken(err, 'teams_store_name_uq', 'team', input.name ?? '');
  }
}
