import type { z } from 'zod';
import { auditMeta, diff, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { authorize, inScope } from '../../platform/permissions.ts';
import { rethrowNameTaken } from './create-store.ts';
import type { ZStoreUpdate } from './schemas.ts';
import { findStore, updateStoreRow } from './store.repository.ts';
import { storeAuditFields, toStoreView } from './views.ts';

export async function updateStore(ctx: Ctx, id: string, input: z.infer<typeof ZStoreUpdate>) {
  const scope = authorize(ctx.actor, 'store.write');
  try {
    return await ctx.db.transaction(async (tx) => {
      const before = await findStore(tx, ctx.actor.companyId, id);
      if (!before || !inScope(scope, before.id)) throw notFound('store');
      const after = await updateStoreRow(tx, ctx.actor.companyId, id, {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.phone !== undefined ? { phone: input.phone } : {}),
        ...(input.address !== undefined ? { address: input.address } : {}),
        updatedAt: ctx.clock.now(),
      });
      await writeAudit(tx, auditMeta(ctx), {
        action: 'store.update',
        entityType: 'store',
        entityId: id,
        payload: diff(storeAuditFields(before), storeAuditFields(after)),
      });
      return toStoreView(after);
    });
  } catch (err) {
    rethrowNameTaken(err, 'stores_company_name_uq', 'store', input.name ?? '');
  }
}
