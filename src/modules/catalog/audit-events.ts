import type { Changes } from '../../platform/audit.ts';

/** Service type fields that audit rows record. */
export type ServiceTypeAuditFields = {
  code: string;
  name: string;
  nameEn: string | null;
  mode: string;
  unit: string;
  requiredSkillIds: string[];
  requiredCertKinds: string[];
  minTier: string | null;
  defaultDuration: number;
  checklistTemplateRef: string | null;
  status: string;
};

declare module '../../platform/audit.ts' {
  interface AuditEvents {
    'service_type.create': { entityType: 'service_type'; payload: { after: ServiceTypeAuditFields } };
    'service_type.update': { entityType: 'service_type'; payload: Changes<ServiceTypeAuditFields> };
    'price_list.create': {
      entityType: 'price_list';
      payload: { serviceTypeId: string; version: number; effectiveFrom: string; contents: unknown };
    };
    'price_list.update': {
      entityType: 'price_list';
      payload: Changes<{ effectiveFrom: string; contents: unknown }> & {
        serviceTypeId: string;
        version: number;
      };
    };
    'price_list.publish': {
      entityType: 'price_list';
      payload: { serviceTypeId: string; version: number; effectiveFrom: string; supersedes: string | null };
    };
  }
}
