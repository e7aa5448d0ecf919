import type { z } from 'zod';
import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, pgConstraint, pgErrorCode } from '../../platform/errors.ts';
import { ID_PREFIX, newId } from '../../platform/ids.ts';
import { hashPassword } from '../../platform/passwords.ts';
import { authorizeCompanyWide } from '../../platform/permissions.ts';
import type { ZUserCreate } from './schemas.ts';
import { insertUser, replaceRoles } from './user.repository.ts';
import { checkRoleGrants, userAuditFields, userViews } from './user-helpers.ts';

export async function createUser(ctx: Ctx, input: z.infer<typeof ZUserCreate>) {
  authorizeCompanyWide(ctx.actor, 'user.write');
  const companyId = ctx.actor.companyId;
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now();
  try {
    return await ctx.db.transaction(async (tx) => {
      const grants = await checkRoleGrants(tx, companyId, input.roles);
      const user = await insertUser(tx, {
        companyId,
        id: newId(ID_PREFIX.user),
        username: input.username,
        displayName: input.displayName,
        phone: input.phone ?? null,
        passwordHash,
        passwordChangedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      await replaceRoles(tx, companyId, user.id, grants, () => newId(ID_PREFIX.userRole));
      await writeAudit(tx, auditMeta(ctx), {
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        payload: { after: userAuditFields(user, grants) },
      });
      const [view] = await userViews(tx, companyId, [user]);
      return view!;
    });
  } catch (err) {
    if (pgErrorCode(err) === '23505' && pgConstraint(err) === 'users_username_uq') {
      throw new AppError('NAME_TAKEN', { entity: 'user', name: input.username });
    }
    throw err;
  }
}
