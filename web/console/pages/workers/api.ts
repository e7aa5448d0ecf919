/** Typed calls to the workers API (/api/v1/workers, /skills). */
import { http } from '../../../shared/http';
import type { ListParams, Page } from '../../types';
import type {
  ExpiringItem,
  Skill,
  Tier,
  TrustLevel,
  WorkerDetail,
  WorkerInput,
  WorkerListItem,
  WorkerReveal,
  WorkerStatus,
} from './types';

const V1 = '/api/v1';
const id = (value: string) => encodeURIComponent(value);
const at = (workerId: string, rest = '') => `${V1}/workers/${id(workerId)}${rest}`;

export interface WorkerQuery extends ListParams {
  q?: string;
  status?: WorkerStatus;
  tier?: Tier;
  skillId?: string;
  storeId?: string;
  trust?: TrustLevel;
  expiring?: '1';
  sort?: 'newest' | 'rating' | 'name';
}

/** Where each kind of record is posted: /workers/:id/<path>. */
export const RECORD_PATHS = {
  certificate: 'certificates',
  health_check: 'health-checks',
  background_check: 'background-checks',
  insurance: 'insurance',
  training: 'trainings',
  leave: 'leaves',
  performance: 'performance',
  incident: 'incidents',
} as const;
export type RecordKind = keyof typeof RECORD_PATHS;

export const workersApi = {
  list: (query: WorkerQuery) => http.get<Page<WorkerListItem>>(`${V1}/workers`, { query: { ...query } }),
  get: (workerId: string) => http.get<WorkerDetail>(at(workerId)),
  create: (body: WorkerInput) => http.post<WorkerDetail>(`${V1}/workers`, { body }),
  update: (workerId: string, body: Partial<Omit<WorkerInput, 'skills'>>) =>
    http.patch<WorkerDetail>(at(workerId), { body }),
  reveal: (workerId: string) => http.post<WorkerReveal>(at(workerId, '/reveal')),
  setSkills: (workerId: string, skills: { skillId: string; level: number }[]) =>
    http.post<WorkerDetail>(at(workerId, '/skills'), { body: { skills } }),
  setTier: (workerId: string, tier: Tier | null) =>
    http.post<WorkerDetail>(at(workerId, '/tier'), { body: { tier } }),
  setStatus: (workerId: string, status: 'available' | 'resting' | 'left', reason?: string) =>
    http.post<WorkerDetail>(at(workerId, '/status'), { body: { status, reason: reason || undefined } }),
  blacklist: (workerId: string, reason: string) =>
    http.post<WorkerDetail>(at(workerId, '/blacklist'), { body: { reason } }),
  verifyIdentity: (workerId: string) => http.post<WorkerDetail>(at(workerId, '/verify-identity')),
  verifySkill: (workerId: string, skillId: string) =>
    http.post<WorkerDetail>(at(workerId, `/skills/${id(skillId)}/verify`)),
  verifyCertificate: (workerId: string, certificateId: string) =>
    http.post<WorkerDetail>(at(workerId, `/certificates/${id(certificateId)}/verify`)),
  resolveIncident: (workerId: string, incidentId: string) =>
    http.post<WorkerDetail>(at(workerId, `/incidents/${id(incidentId)}/resolve`)),
  addRecord: (workerId: string, kind: RecordKind, body: Record<string, unknown>) =>
    http.post<WorkerDetail>(at(workerId, `/${RECORD_PATHS[kind]}`), { body }),
  expiring: (storeId?: string) =>
    http.get<{ items: ExpiringItem[] }>(`${V1}/workers/expiring`, { query: { storeId } }),
  skills: () => http.get<{ items: Skill[] }>(`${V1}/skills`),
};
