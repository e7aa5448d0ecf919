import type { Changes } from '../../platform/audit.ts';

/** Worker fields that audit rows record: masked where sensitive, never the ID number or account. */
export type WorkerAuditFields = Partial<{
  name: string;
  storeId: string;
  teamId: string | null;
  phone: string | null;
  idNumber: string;
  tier: string | null;
  status: string;
  education: string;
  homeDistrict: string;
  employmentModel: string;
  bankAccount: string | null;
  other: string[];
}>;

declare module '../../platform/audit.ts' {
  interface AuditEvents {
    'worker.create': { entityType: 'worker'; payload: { after: WorkerAuditFields } };
    'worker.update': { entityType: 'worker'; payload: Changes<WorkerAuditFields> };
    'worker.tier_set': { entityType: 'worker'; payload: Changes<{ tier: string | null }> };
    'worker.status_change': {
      entityType: 'worker';
      payload: Changes<{ status: string }> & { reason: string | null };
    };
    'worker.blacklist': {
      entityType: 'worker';
      payload: { before: { status: string }; reason: string; incidentId: string };
    };
    'worker.skills_set': { entityType: 'worker'; payload: Changes<{ skills: string[] }> };
    'worker.record_add': {
      entityType: 'worker';
      payload: { kind: string; recordId: string; summary: Record<string, unknown> };
    };
    'worker.verify': {
      entityType: 'worker';
      payload: { what: 'identity' | 'skill' | 'certificate'; itemId: string | null; name: string };
    };
    'worker.incident_resolve': { entityType: 'worker'; payload: { incidentId: string; kind: string } };
    'worker.reveal': { entityType: 'worker'; payload: { fields: ('phone' | 'idNumber' | 'bankAccount')[] } };
    'skill.create': { entityType: 'skill'; payload: { name: string } };
  }
}
