/** The shapes of the workers API (src/modules/workers/responses.ts) the console uses. */
import type {
  BackgroundCheck,
  Certificate,
  HealthCheck,
  Incident,
  Insurance,
  Leave,
  Performance,
  Training,
} from './record-types';

export type { BackgroundCheck, Certificate, HealthCheck, Incident, Insurance, Leave, Performance, Training };

export const WORKER_TIERS = ['junior', 'middle', 'senior_a', 'senior_b'] as const;
export type Tier = (typeof WORKER_TIERS)[number];
export const WORKER_STATUSES = [
  'available',
  'booked',
  'on_placement',
  'resting',
  'left',
  'blacklisted',
] as const;
export type WorkerStatus = (typeof WORKER_STATUSES)[number];
export type TrustLevel = 'green' | 'yellow' | 'red';
export const EDUCATION_LEVELS = ['none', 'primary', 'junior', 'senior', 'college', 'bachelor'] as const;
export type Education = (typeof EDUCATION_LEVELS)[number];
export type EmploymentModel = 'employee' | 'intermediary';
export type Gender = 'female' | 'male';

export interface Trust {
  level: TrustLevel;
  /** Chinese, from the server. */
  reasons: string[];
}

export interface WorkerSkill {
  skillId: string;
  name: string;
  level: number;
  verified: boolean;
}

export interface WorkerListItem {
  id: string;
  name: string;
  gender: Gender;
  age: number;
  nativePlace: string;
  /** Masked by the server, e.g. 138****1234. */
  phone: string | null;
  photoUrl: string | null;
  storeId: string;
  teamId: string | null;
  education: Education;
  homeDistrict: string;
  employmentModel: EmploymentModel;
  tier: Tier | null;
  status: WorkerStatus;
  skills: WorkerSkill[];
  trust: Trust;
  nextExpiry: string | null;
  ratingAvg: number | null;
  ratingCount: number;
  createdAt: string;
}

export interface TierCheck {
  tier: Tier;
  eligible: boolean;
  checks: { requirement: string; met: boolean; hard: boolean; detail: string }[];
}

export interface WorkerDetail extends WorkerListItem {
  birthDate: string;
  /** Masked, e.g. 4101**********123X. */
  idNumber: string;
  languages: string[];
  cuisines: string[];
  homeAddress: string | null;
  emergencyName: string | null;
  emergencyPhone: string | null;
  bankName: string | null;
  /** Masked (last four digits). */
  bankAccount: string | null;
  notes: string | null;
  statusReason: string | null;
  identityVerifiedAt: string | null;
  workDays: number[];
  workStart: string;
  workEnd: string;
  tierChecks: TierCheck[];
  certificates: Certificate[];
  healthChecks: HealthCheck[];
  backgroundChecks: BackgroundCheck[];
  insurance: Insurance[];
  trainings: Training[];
  leaves: Leave[];
  performance: Performance[];
  incidents: Incident[];
  welfare: { restDaysThisMonth: number; insuranceValid: boolean; wageAccount: string | null };
}

export interface WorkerReveal {
  phone: string;
  idNumber: string;
  emergencyPhone: string | null;
  bankAccount: string | null;
}

export interface ExpiringItem {
  workerId: string;
  workerName: string;
  storeId: string;
  what: 'health_check' | 'background_check' | 'insurance' | 'certificate';
  name: string;
  expiresOn: string;
  daysLeft: number;
}

export interface Skill {
  id: string;
  name: string;
  nameEn: string | null;
  status: 'active' | 'disabled';
}

export interface WorkerInput {
  storeId: string;
  teamId?: string | null;
  name: string;
  gender: Gender;
  idNumber: string;
  nativePlace: string;
  phone: string;
  education: Education;
  languages: string[];
  cuisines: string[];
  homeDistrict: string;
  homeAddress?: string | null;
  employmentModel: EmploymentModel;
  emergencyName?: string | null;
  emergencyPhone?: string | null;
  bankName?: string | null;
  bankAccount?: string | null;
  notes?: string | null;
  /** 1 = Monday … 7 = Sunday. */
  workDays?: number[];
  /** HH:MM */
  workStart?: string;
  workEnd?: string;
  skills?: { skillId: string; level: number }[];
}
