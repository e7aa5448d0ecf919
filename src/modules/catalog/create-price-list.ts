import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, pgConstraint, pgErrorCode } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { authorizeCompanyWide } from '../../platform/permissions.ts';
import { insertPriceList, nextVersionNumber } from './catalog.repository.ts';
import { checkContentsMode, loadServiceType } from './catalog-helpers.ts';
import type { TPriceListCreate } from './schemas.ts';
import { toPriceListView } from './views.ts';

/** A new DRAFT version of a service type's prices, numbered after the last one. */
export async function createPriceList(ctx: Ctx, serviceTypeId: string, input: TPriceListCreate) {
  authorizeCompanyWide(ctx.actor, 'catalog.write');
  const companyId = ctx.actor.companyId;
  try {
    return await ctx.db.transaction(async (tx) => {
      const s = await loadServiceType(tx, companyId, serviceTypeId);
      checkContentsMode(s.mode, input.contents);
      const now = ctx.clock.now();
      const row = await insertPriceList(tx, {
        companyId,
        id: newId('prl'),
        serviceTypeId: s.id,
        version: await nextVersionNumber(tx, companyId, s.id),
        effectiveFrom: input.effectiveFrom,
        status: 'draft',
        contents: input.contents,
        createdBy: ctx.actor.userId,
        createdAt: now,
        updatedAt: now,
      });
      await writeAudit(tx, auditMeta(ctx), {
        action: 'price_list.create',
        entityType: 'price_list',
        entityId: row.id,
        payload: {
          serviceTypeId: s.id,
          version: row.version,
          effectiveFrom: row.effectiveFrom,
          contents: row.contents,
        },
      });
      return toPriceListView(row);
    });
  } catch (err) {
    // Two drafts created at once took the same number: the unique key decides, the caller retries.
    if (pgErrorCode(err) === '23505' && pgConstraint(err) === 'price_list_versions_version_uq')
      throw new AppError('CONFLICT', {
        reason: {
          zh: '同时创建了另一个版本，请重试',
          en: 'Another version was created at the same time; retry',
        },
      });
    throw err;
  }
}
