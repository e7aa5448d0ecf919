import type { z } from 'zod';
import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, pgConstraint, pgErrorCode } from '../../platform/errors.ts';
import { ID_PREFIX, newId } from '../../platform/ids.ts';
import { authorizeCompanyWide } from '../../platform/permissions.ts';
import type { ZStoreCreate } from './schemas.ts';
import { insertStore } from './store.repository.ts';
import { storeAuditFields, toStoreView } from './views.ts';

/** A unique-name violation on `constraint` becomes NAME_TAKEN; anything else is rethrown. */
export function rethrowNameTaken(err: unknown, constraint: string, entity: string, name: string): never {
  if (pgErrorCode(err) === '23505' && pgConstraint(err) === constraint) {
    throw new AppError('NAME_TAKEN', { entity, name });
  }
  throw err;
}

export async function createStore(ctx: Ctx, input: z.infer<typeof ZStoreCreate>) {
  authorizeCompanyWide(ctx.actor, 'store.write');
  const now = ctx.clock.now();
  try {
    return await ctx.db.transaction(async (tx) => {
      const store = await insertStore(tx, {
        companyId: ctx.actor.companyId,
        id: newId(ID_PREFIX.store),
        name: input.name,
        kind: input.kind,
        phone: input.phone ?? null,
        address: input.address ?? null,
        createdAt: now,
        updatedAt: now,
      });
      await writeAudit(tx, auditMeta(ctx), {
        action: 'store.create',
        entityType: 'store',
        entityId: store.id,
        payload: { after: storeAuditFields(store) },
      });
      return toStoreView(store);
    });
  } catch (err) {
    rethrowNameTaken(err, 'stores_company_name_uq', 'store', input.name);
  }
}
