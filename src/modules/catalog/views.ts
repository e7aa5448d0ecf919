import type { ServiceTypeAuditFields } from './audit-events.ts';
import type { PriceListRow, ServiceTypeRow } from './catalog.repository.ts';

export const toServiceTypeView = (s: ServiceTypeRow) => ({
  id: s.id,
  code: s.code,
  name: s.name,
  nameEn: s.nameEn,
  mode: s.mode,
  unit: s.unit,
  requiredSkillIds: s.requiredSkillIds,
  requiredCertKinds: s.requiredCertKinds,
  minTier: s.minTier,
  defaultDuration: s.defaultDuration,
  checklistTemplateRef: s.checklistTemplateRef,
  status: s.status,
  createdAt: s.createdAt.toISOString(),
  updatedAt: s.updatedAt.toISOString(),
});

export const toPriceListView = (p: PriceListRow, currentId: string | null = null) => ({
  id: p.id,
  serviceTypeId: p.serviceTypeId,
  version: p.version,
  effectiveFrom: p.effectiveFrom,
  status: p.status,
  current: p.id === currentId,
  contents: p.contents as Record<string, unknown>,
  publishedAt: p.publishedAt?.toISOString() ?? null,
  publishedBy: p.publishedBy,
  createdAt: p.createdAt.toISOString(),
});

export const serviceTypeAuditFields = (s: ServiceTypeRow): ServiceTypeAuditFields => ({
  code: s.code,
  name: s.name,
  nameEn: s.nameEn,
  mode: s.mode,
  unit: s.unit,
  requiredSkillIds: s.requiredSkillIds,
  requiredCertKinds: s.requiredCertKinds,
  minTier: s.minTier,
  defaultDuration: s.defaultDuration,
  checklistTemplateRef: s.checklistTemplateRef,
  status: s.status,
});
