import { z } from 'zod';
import { ASSIGNMENT_STATES } from '../../db/schema/dispatch.ts';
import { HARD_RULES } from './eligibility.rules.ts';
import { ZWeights } from './settings.ts';

export const ZIdParams = z.object({ id: z.string().min(1).max(64) });
const iso = (label: string) => z.iso.datetime({ offset: true }).describe(label);

export const ZCandidatesQuery = z.object({
  explain: z.enum(['excluded']).optional().describe('列出被排除的家政员及原因'),
  limit: z.coerce.number().int().min(1).max(200).default(20).describe('返回条数'),
});

export const ZPart = z.object({ key: z.string(), label: z.string(), points: z.number() });

/** One ranked candidate as staff see it (candidate.views.ts): no phone, no ID. */
export const ZCandidate = z.object({
  workerId: z.string(),
  name: z.string(),
  photoUrl: z.string().nullable(),
  storeId: z.string(),
  tier: z.string().nullable(),
  tierLabel: z.string().nullable(),
  homeDistrict: z.string(),
  trust: z.enum(['green', 'yellow', 'red']),
  score: z.number(),
  distanceKm: z.number().nullable(),
  parts: z.array(ZPart),
});

export const ZCandidates = z.object({
  orderId: z.string(),
  job: z.object({
    startsAt: z.string(),
    endsAt: z.string(),
    latestStart: z.string(),
    serviceDays: z.array(z.string()),
    requiredSkills: z.array(z.string()),
    minTier: z.string().nullable(),
    crossStore: z.boolean(),
  }),
  weights: ZWeights,
  eligibleCount: z.number().int(),
  excludedCount: z.number().int(),
  candidates: z.array(ZCandidate),
  excluded: z
    .array(
      z.object({
        workerId: z.string(),
        name: z.string(),
        storeId: z.string(),
        tier: z.string().nullable(),
        tierLabel: z.string().nullable(),
        reasons: z.array(z.object({ rule: z.enum(HARD_RULES), reason: z.string() })),
      }),
    )
    .optional(),
});

export const ZAssign = z.strictObject({
  workerId: z.string().min(1).max(64).describe('家政员'),
  startsAt: iso('开始时间').nullish(),
});

export const ZReason = z.strictObject({ reason: z.string().trim().min(1).max(500).describe('原因') });

export const ZAssignment = z.object({
  id: z.string(),
  orderId: z.string(),
  workerId: z.string(),
  workerName: z.string(),
  kind: z.enum(['visit', 'placement']),
  state: z.enum(ASSIGNMENT_STATES),
  stateLabel: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  releaseFrom: z.string().nullable(),
  releaseUntil: z.string().nullable(),
  score: z.number().nullable(),
  scoreParts: z.array(ZPart),
  offerExpiresAt: z.string().nullable(),
  declineReason: z.string().nullable(),
  endReason: z.string().nullable(),
  createdAt: z.string(),
});

const day = z.iso.date().describe('日期');
export const ZDayQuery = z.strictObject({
  date: day,
  storeId: z.string().min(1).max(64).optional().describe('门店'),
});

export const ZDayBoard = z.object({
  date: z.string(),
  storeId: z.string().nullable(),
  workers: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      storeId: z.string(),
      tier: z.string().nullable(),
      tierLabel: z.string().nullable(),
      workStart: z.string(),
      workEnd: z.string(),
      bookings: z.array(
        z.object({
          id: z.string(),
          orderId: z.string().nullable(),
          kind: z.string(),
          startsAt: z.string(),
          endsAt: z.string(),
          serviceName: z.string().nullable(),
          district: z.string().nullable(),
          state: z.string().nullable(),
        }),
      ),
    }),
  ),
  openOrders: z.array(
    z.object({
      id: z.string(),
      serviceName: z.string(),
      district: z.string().nullable(),
      windowStart: z.string(),
      windowEnd: z.string().nullable(),
      latestStart: z.string(),
      durationMinutes: z.number(),
      urgent: z.boolean(),
    }),
  ),
});

const ZPlanItem = z.object({
  orderId: z.string(),
  workerId: z.string(),
  workerName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  score: z.number(),
});
export const ZPlan = z.object({
  date: z.string(),
  objective: z.number(),
  items: z.array(ZPlanItem),
  unassigned: z.array(z.object({ orderId: z.string(), reason: z.string() })),
  stats: z.object({ orders: z.number().int(), workers: z.number().int(), ms: z.number() }),
});

export const ZPlanAccept = z.strictObject({
  items: z
    .array(
      z.strictObject({
        orderId: z.string().min(1).max(64).describe('订单'),
        workerId: z.string().min(1).max(64).describe('家政员'),
        startsAt: iso('开始时间').nullish(),
      }),
    )
    .min(1)
    .max(500)
    .describe('方案条目'),
});
export const ZPlanAcceptResult = z.object({
  results: z.array(
    z.union([
      z.object({ orderId: z.string(), ok: z.literal(true), assignment: ZAssignment }),
      z.object({
        orderId: z.string(),
        ok: z.literal(false),
        status: z.number().int(),
        title: z.string(),
        detail: z.string(),
      }),
    ]),
  ),
});

export const ZBlock = z.strictObject({
  workerId: z.string().min(1).max(64).describe('家政员'),
  reason: z.string().trim().min(1).max(500).describe('原因'),
});
export const ZBlocked = z.object({
  items: z.array(
    z.object({ workerId: z.string(), name: z.string(), reason: z.string(), createdAt: z.string() }),
  ),
});
