import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { authorizeCompanyWide } from '../../platform/permissions.ts';
import {
  findCurrentPriceList,
  findPriceList,
  listPriceLists,
  updateDraftPriceList,
} from './catalog.repository.ts';
import { checkContentsMode, loadServiceType, publishedState, todayOf } from './catalog-helpers.ts';
import { ZPriceContents } from './price-contents.ts';
import { toPriceListView } from './views.ts';

/**
 * Publishes a draft. From its effective day it is the version new quotes use (the highest
 * published version number wins); older versions stay readable for the quotes priced from them.
 * Its contents are checked again against the service type's mode, which may have changed since.
 */
export async function publishPriceList(ctx: Ctx, id: string) {
  authorizeCompanyWide(ctx.actor, 'catalog.write');
  const companyId = ctx.actor.companyId;
  return ctx.db.transaction(async (tx) => {
    const draft = await findPriceList(tx, companyId, id, true);
    if (!draft) throw notFound('price_list');
    if (draft.status !== 'draft')
      throw publishedState('该价目表版本已发布', 'This price list version is already published');
    const s = await loadServiceType(tx, companyId, draft.serviceTypeId);
    checkContentsMode(s.mode, ZPriceContents.parse(draft.contents));
    const versions = await listPriceLists(tx, companyId, s.id);
    if (versions.some((v) => v.status === 'published' && v.version > draft.version))
      throw publishedState(
        `已发布更新的版本，草稿 v${draft.version} 不能再发布；请新建版本`,
        'A newer version is already published; create a new version',
      );
    const before = await findCurrentPriceList(tx, companyId, s.id, todayOf(ctx));
    const now = ctx.clock.now();
    const after = await updateDraftPriceList(tx, companyId, id, {
      status: 'published',
      publishedAt: now,
      publishedBy: ctx.actor.userId,
      updatedAt: now,
    });
    if (!after) throw publishedState('该价目表版本已发布', 'This price list version is already published');
    await writeAudit(tx, auditMeta(ctx), {
      action: 'price_list.publish',
      entityType: 'price_list',
      entityId: id,
      payload: {
        serviceTypeId: s.id,
        version: after.version,
        effectiveFrom: after.effectiveFrom,
        supersedes: before && before.version < after.version ? before.id : null,
      },
    });
    const current = await findCurrentPriceList(tx, companyId, s.id, todayOf(ctx));
    return toPriceListView(after, current?.id ?? null);
  });
}
