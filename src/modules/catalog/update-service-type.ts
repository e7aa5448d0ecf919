import { auditMeta, diff, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { authorizeCompanyWide } from '../../platform/permissions.ts';
import { hasPublishedVersion, updateServiceTypeRow } from './catalog.repository.ts';
import { checkModeUnit, checkRequiredSkills, loadServiceType, publishedState } from './catalog-helpers.ts';
import type { TServiceTypeUpdate } from './schemas.ts';
import { serviceTypeAuditFields, toServiceTypeView } from './views.ts';

/**
 * Changes a service type. Mode and unit are what its prices mean, so they are fixed once a
 * version is published (409); everything else may change.
 */
export async function updateServiceType(ctx: Ctx, id: string, input: TServiceTypeUpdate) {
  authorizeCompanyWide(ctx.actor, 'catalog.write');
  const companyId = ctx.actor.companyId;
  if (input.requiredSkillIds) await checkRequiredSkills(ctx, input.requiredSkillIds);
  return ctx.db.transaction(async (tx) => {
    const before = await loadServiceType(tx, companyId, id);
    const mode = input.mode ?? before.mode;
    const unit = input.unit ?? before.unit;
    if (mode !== before.mode || unit !== before.unit) {
      checkModeUnit(mode, unit);
      if (await hasPublishedVersion(tx, companyId, id))
        throw publishedState(
          '已有发布的价目表，服务方式和计价单位不能再改；请新建服务类型',
          'Mode and unit are fixed once a price list is published',
        );
    }
    const { requiredSkillIds, ...rest } = input;
    const after = await updateServiceTypeRow(tx, companyId, id, {
      ...rest,
      ...(requiredSkillIds ? { requiredSkillIds: [...new Set(requiredSkillIds)] } : {}),
      updatedAt: ctx.clock.now(),
    });
    const changes = diff(serviceTypeAuditFields(before), serviceTypeAuditFields(after));
    if (Object.keys(changes.after).length) {
      await writeAudit(tx, auditMeta(ctx), {
        action: 'service_type.update',
        entityType: 'service_type',
        entityId: id,
        payload: changes,
      });
    }
    return toServiceTypeView(after);
  });
}
