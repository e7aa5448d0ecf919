import type { z } from 'zod';
import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { ID_PREFIX, newId } from '../../platform/ids.ts';
import { authorize, inScope } from '../../platform/permissions.ts';
import { rethrowNameTaken } from './create-store.ts';
import type { ZTeamCreate } from './schemas.ts';
import { findStore } from './store.repository.ts';
import { insertTeam } from './team.repository.ts';
import { checkSupervisor, storeDisabled, teamAuditFields, teamViews } from './team-helpers.ts';

export async function createTeam(ctx: Ctx, input: z.infer<typeof ZTeamCreate>) {
  const scope = authorize(ctx.actor, 'team.write');
  const companyId = ctx.actor.companyId;
  const now = ctx.clock.now();
  try {
    return await ctx.db.transaction(async (tx) => {
      const store = await findStore(tx, companyId, input.storeId);
      if (!store || !inScope(scope, store.id)) throw notFound('store');
      if (store.status !== 'active') throw storeDisabled();
      await checkSupervisor(tx, companyId, input.supervisorUserId);
      const team = await insertTeam(tx, {
        companyId,
        id: newId(ID_PREFIX.team),
        storeId: store.id,
        name: input.name,
        supervisorUserId: input.supervisorUserId ?? null,
        createdAt: now,
        updatedAt: now,
      });
      await writeAudit(tx, auditMeta(ctx), {
        action: 'team.create',
        entityType: 'team',
        entityId: team.id,
        payload: { after: teamAuditFields(team) },
      });
      const [view] = await teamViews(tx, companyId, [team]);
      return view!;
    });
  } catch (err) {
    rethrowNameTaken(err, 'teams_store_name_uq', 'team', input.name);
  }
}
