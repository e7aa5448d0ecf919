import { z } from 'zod';
import { WORKER_STATUSES, WORKER_TIERS } from '../../db/schema/workers.ts';

/** Response shapes of the workers module (OpenAPI and serialisation). */
const ZTrust = z.object({ level: z.enum(['green', 'yellow', 'red']), reasons: z.array(z.string()) });
const n = <T extends z.ZodType>(t: T) => t.nullable();

export const ZWorkerListItem = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.enum(['female', 'male']),
  age: z.number(),
  nativePlace: z.string(),
  phone: n(z.string()).describe('已脱敏'),
  photoUrl: n(z.string()),
  storeId: z.string(),
  teamId: n(z.string()),
  education: z.string(),
  homeDistrict: z.string(),
  employmentModel: z.enum(['employee', 'intermediary']),
  tier: n(z.enum(WORKER_TIERS)),
  status: z.enum(WORKER_STATUSES),
  skills: z.array(
    z.object({ skillId: z.string(), name: z.string(), level: z.number(), verified: z.boolean() }),
  ),
  trust: ZTrust,
  nextExpiry: n(z.string()),
  ratingAvg: n(z.number()),
  ratingCount: z.number(),
  createdAt: z.string(),
});

const rec = z.object({ id: z.string() }).catchall(z.unknown());

export const ZWorkerDetail = ZWorkerListItem.extend({
  birthDate: z.string(),
  idNumber: z.string().describe('已脱敏，如 4101**********123X'),
  languages: z.array(z.string()),
  cuisines: z.array(z.string()),
  homeAddress: n(z.string()),
  homeLat: n(z.number()),
  homeLng: n(z.number()),
  emergencyName: n(z.string()),
  emergencyPhone: n(z.string()),
  bankName: n(z.string()),
  bankAccount: n(z.string()).describe('仅后四位'),
  notes: n(z.string()),
  statusReason: n(z.string()),
  identityVerifiedAt: n(z.string()),
  workDays: z.array(z.number()),
  workStart: z.string(),
  workEnd: z.string(),
  tierChecks: z.array(
    z.object({
      tier: z.enum(WORKER_TIERS),
      eligible: z.boolean(),
      checks: z.array(
        z.object({ requirement: z.string(), met: z.boolean(), hard: z.boolean(), detail: z.string() }),
      ),
    }),
  ),
  certificates: z.array(rec),
  healthChecks: z.array(rec),
  backgroundChecks: z.array(rec),
  insurance: z.array(rec),
  trainings: z.array(rec),
  leaves: z.array(rec),
  performance: z.array(rec),
  incidents: z.array(rec),
  welfare: z.object({
    restDaysThisMonth: z.number(),
    insuranceValid: z.boolean(),
    wageAccount: n(z.string()),
  }),
});

export const ZReveal = z.object({
  phone: z.string(),
  idNumber: z.string(),
  emergencyPhone: n(z.string()),
  bankAccount: n(z.string()),
});

export const ZExpiring = z.object({
  items: z.array(
    z.object({
      workerId: z.string(),
      workerName: z.string(),
      storeId: z.string(),
      what: z.string(),
      name: z.string(),
      expiresOn: z.string(),
      daysLeft: z.number(),
    }),
  ),
});

export const ZSkill = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: n(z.string()),
  status: z.enum(['active', 'disabled']),
});

export const ZBoardCard = z.object({
  id: z.string(),
  photoUrl: n(z.string()),
  displayName: z.string().describe('姓 + 阿姨'),
  ageRange: z.string(),
  nativePlace: z.string(),
  tier: n(z.enum(WORKER_TIERS)),
  tierLabel: n(z.string()),
  skills: z.array(z.string()),
  certificates: z.array(z.object({ kind: z.string(), name: z.string(), verified: z.boolean() })),
  ratingAvg: n(z.number()),
  ratingCount: z.number(),
  trust: z.enum(['green', 'yellow', 'red']),
});
