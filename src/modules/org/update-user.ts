import type { z } from 'zod';
import { auditMeta, diff, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { ID_PREFIX, newId } from '../../platform/ids.ts';
import { authorizeCompanyWide } from '../../platform/permissions.ts';
import type { ZUserUpdate } from './schemas.ts';
import { findUser, replaceRoles, rolesOf, updateUserRow } from './user.repository.ts';
import { checkRoleGrants, userAuditFields, userViews } from './user-helpers.ts';

export async function updateUser(ctx: Ctx, id: string, input: z.infer<typeof ZUserUpdate>) {
  authorizeCompanyWide(ctx.actor, 'user.write');
  const companyId = ctx.actor.companyId;
  return ctx.db.transaction(async (tx) => {
    const before = await findUser(tx, companyId, id);
    if (!before) throw notFound('user');
    const rolesBefore = (await rolesOf(tx, companyId, [id])).get(id) ?? [];
    let rolesAfter = rolesBefore;
    if (input.roles) {
      rolesAfter = await checkRoleGrants(tx, companyId, input.roles);
      await replaceRoles(tx, companyId, id, rolesAfter, () => newId(ID_PREFIX.userRole));
    }
    const after = await updateUserRow(tx, companyId, id, {
      ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
      ...(input.phone !== undefined ? { phone: input.phone } : {}),
      updatedAt: ctx.clock.now(),
    });
    await writeAudit(tx, auditMeta(ctx), {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      payload: diff(userAuditFields(before, rolesBefore), userAuditFields(after, rolesAfter)),
    });
    const [view] = await userViews(tx, companyId, [after]);
    return view!;
  });
}
