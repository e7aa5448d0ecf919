import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { authorizeCompanyWide } from '../../platform/permissions.ts';
import { insertServiceType } from './catalog.repository.ts';
import { checkModeUnit, checkRequiredSkills, rethrowCodeTaken } from './catalog-helpers.ts';
import type { TServiceTypeCreate } from './schemas.ts';
import { serviceTypeAuditFields, toServiceTypeView } from './views.ts';

/** Adds a service to the catalog; it has no price until a price list version is published. */
export async function createServiceType(ctx: Ctx, input: TServiceTypeCreate) {
  authorizeCompanyWide(ctx.actor, 'catalog.write');
  checkModeUnit(input.mode, input.unit);
  await checkRequiredSkills(ctx, input.requiredSkillIds);
  try {
    return await ctx.db.transaction(async (tx) => {
      const now = ctx.clock.now();
      const row = await insertServiceType(tx, {
        companyId: ctx.actor.companyId,
        id: newId('svc'),
        code: input.code,
        name: input.name,
        nameEn: input.nameEn ?? null,
        mode: input.mode,
        unit: input.unit,
        requiredSkillIds: [...new Set(input.requiredSkillIds)],
        minTier: input.minTier ?? null,
        requiredCertKinds: [...new Set(input.requiredCertKinds)],
        defaultDuration: input.defaultDuration,
        checklistTemplateRef: input.checklistTemplateRef ?? null,
        createdAt: now,
        updatedAt: now,
      });
      await writeAudit(tx, auditMeta(ctx), {
        action: 'service_type.create',
        entityType: 'service_type',
        entityId: row.id,
        payload: { after: serviceTypeAuditFields(row) },
      });
      return toServiceTypeView(row);
    });
  } catch (err) {
    rethrowCodeTaken(err, input.code);
  }
}
