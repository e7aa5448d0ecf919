import type { Db } from '../../db/client.ts';
import type { orders } from '../../db/schema/orders.ts';
import { notFound } from '../../platform/errors.ts';
import { ageOn, shanghaiDate, trustOf } from '../workers/index.ts';
import {
  addressPoint,
  blockedBy,
  complaintCounts,
  historyCounts,
  poolBookings,
  poolCertificates,
  poolCondition,
  poolCount,
  poolLeaves,
  poolSkills,
  poolTrainings,
  poolWorkers,
  quotedTier,
  serviceTypeOf,
  skillNames,
  type WorkerRow,
} from './candidate.repository.ts';
import {
  hardRuleViolations,
  type JobFacts,
  serviceDaysOf,
  TIER_ORDER,
  type TierName,
  type Violation,
} from './eligibility.rules.ts';
import { distanceKm, type Point, pointOf } from './geo.ts';
import { type JobTime, jobTimeOf } from './job.ts';
import { type Score, scoreCandidate } from './scoring.rules.ts';
import type { DispatchSettings } from './settings.ts';

type OrderRow = typeof orders.$inferSelect;

export type Candidate = {
  worker: WorkerRow;
  trust: 'green' | 'yellow' | 'red';
  eligible: boolean;
  violations: Violation[];
  score: number;
  parts: Score['parts'];
  distanceKm: number | null;
  skillIds: string[];
};

export type Shortlist = {
  /** The job as evaluated: at `opts.at` when given, else at the window's start. */
  job: JobTime;
  /** The order's own window (unmoved by `opts.at`). */
  window: JobTime;
  jobFacts: JobFacts;
  site: Point | null;
  candidates: Candidate[];
  /** Workers in the pool before any rule (the excluded are poolSize − eligible). */
  poolSize: number;
};

const group = <T extends { workerId: string }>(rows: T[]) => {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const list = m.get(r.workerId);
    if (list) list.push(r);
    else m.set(r.workerId, [r]);
  }
  return m;
};
const maxTier = (a: string | null, b: string | null): TierName | null => {
  const ia = a ? TIER_ORDER.indexOf(a as TierName) : -1;
  const ib = b ? TIER_ORDER.indexOf(b as TierName) : -1;
  const i = Math.max(ia, ib);
  return i < 0 ? null : TIER_ORDER[i]!;
};

/**
 * Every worker of the order's pool (its store; every store for an urgent order, R4; or one worker)
 * with the hard rules she breaks and, when she breaks none, her score in words. Reads are
 * sequential so it can run inside a transaction.
 */
export async function buildShortlist(
  db: Db,
  order: OrderRow,
  settings: DispatchSettings,
  now: Date,
  opts: { workerId?: string; at?: Date; eligibleOnly?: boolean } = {},
): Promise<Shortlist> {
  const companyId = order.companyId;
  const service = await serviceTypeOf(db, companyId, order.serviceTypeId);
  if (!service) throw notFound('service_type');
  const base = jobTimeOf(order, service);
  const job: JobTime = opts.at
    ? { ...base, startsAt: opts.at, endsAt: new Date(opts.at.getTime() + base.durationMinutes * 60_000) }
    : base;
  const serviceDays = serviceDaysOf(order.mode, job.startsAt, job.endsAt);
  const tier = order.mode === 'placement' ? await quotedTier(db, companyId, order.id) : null;
  const jobFacts: JobFacts = {
    mode: order.mode,
    customerId: order.customerId,
    storeId: order.storeId,
    urgent: order.urgent,
    requiredSkills: await skillNames(db, companyId, service.requiredSkillIds),
    minTier: maxTier(service.minTier, tier),
    requiredCertKinds: service.requiredCertKinds,
    startsAt: job.startsAt,
    endsAt: job.endsAt,
    serviceDays,
  };
  const addr = await addressPoint(db, companyId, order.addressId);
  const site = pointOf(addr?.lat ?? null, addr?.lng ?? null, addr?.district ?? order.district);

  const first = serviceDays[0]!;
  const last = serviceDays.at(-1)!;
  const whole = { storeId: order.storeId, allStores: order.urgent, workerId: opts.workerId };
  const minTier = jobFacts.minTier;
  const pool = poolCondition(
    companyId,
    opts.eligibleOnly
      ? {
          ...whole,
          firstCut: {
            tiers: minTier ? TIER_ORDER.slice(TIER_ORDER.indexOf(minTier)) : null,
            lastDay: last,
            skillIds: service.requiredSkillIds,
            today: shanghaiDate(now),
          },
        }
      : whole,
  );
  // The day around the job, to find the job she comes from (distance from her previous job).
  const dayStart = new Date(`${shanghaiDate(job.startsAt)}T00:00:00+08:00`);
  const workersRows = await poolWorkers(db, pool);
  const skillRows = group(await poolSkills(db, companyId, pool));
  const certRows = group(await poolCertificates(db, companyId, pool, service.requiredCertKinds));
  const trainingRows = group(await poolTrainings(db, companyId, pool));
  const leaveRows = group(await poolLeaves(db, companyId, pool, first, last));
  const bookingRows = group(
    await poolBookings(db, companyId, pool, job.startsAt < dayStart ? job.startsAt : dayStart, job.endsAt),
  );
  const blocked = new Map(
    (await blockedBy(db, companyId, order.customerId)).map((b) => [b.workerId, b.reason]),
  );
  const complaints = new Map((await complaintCounts(db, companyId, pool)).map((c) => [c.workerId, c.n]));
  const history = new Map(
    (
      await historyCounts(db, companyId, pool, {
        since: new Date(now.getTime() - 30 * 86_400_000),
        serviceTypeId: order.serviceTypeId,
        customerId: order.customerId,
        excludeOrderId: order.id,
      })
    ).map((h) => [h.workerId, h]),
  );
  const today = shanghaiDate(now);

  const candidates = workersRows.map((w): Candidate => {
    const skillIds = (skillRows.get(w.id) ?? []).map((s) => s.skillId);
    const bookings = (bookingRows.get(w.id) ?? []).filter((b) => b.orderId !== order.id);
    const overlapping = bookings.filter((b) => b.startsAt < job.endsAt && b.endsAt > job.startsAt);
    const trust = trustOf(w, today);
    const violations = hardRuleViolations(
      {
        id: w.id,
        storeId: w.storeId,
        status: w.status,
        tier: w.tier,
        skillIds,
        trust,
        healthResult: w.healthResult,
        healthExpiresOn: w.healthExpiresOn,
        certificates: certRows.get(w.id) ?? [],
        trainings: trainingRows.get(w.id) ?? [],
        blockedByCustomer: blocked.has(w.id) ? (blocked.get(w.id) ?? '') : null,
        workDays: w.workDays,
        workStart: w.workStart,
        workEnd: w.workEnd,
        leaves: leaveRows.get(w.id) ?? [],
        overlapping,
      },
      jobFacts,
      settings,
    );
    // She comes from her previous job that day when there is one, else from home.
    const previous = bookings
      .filter((b) => b.endsAt <= job.startsAt)
      .sort((a, b) => b.endsAt.getTime() - a.endsAt.getTime())[0];
    const prevPoint = previous ? pointOf(previous.lat, previous.lng, previous.district) : null;
    const from = prevPoint ?? pointOf(w.homeLat, w.homeLng, w.homeDistrict);
    const km = site && from ? distanceKm(from, site) : null;
    const h = history.get(w.id);
    const s = scoreCandidate(
      {
        distanceKm: km,
        fromPreviousJob: prevPoint !== null,
        ratingAvg: w.ratingAvg,
        ratingCount: w.ratingCount,
        experience: h?.experience ?? 0,
        preferences: (order.preferences ?? {}) as Record<string, never>,
        worker: {
          nativePlace: w.nativePlace,
          languages: w.languages,
          cuisines: w.cuisines,
          age: ageOn(w.birthDate, today),
        },
        servedCustomer: h?.served ?? 0,
        recentLoad: h?.recent ?? 0,
        ownStore: w.storeId === order.storeId,
        complaints: complaints.get(w.id) ?? 0,
      },
      settings.weights,
    );
    if (km !== null && km > settings.maxDistanceKm && order.mode === 'visit') {
      violations.push({
        rule: 'distance',
        reason: `距离 ${km.toFixed(1)} km，超过最远 ${settings.maxDistanceKm} km`,
      });
    }
    return {
      worker: w,
      trust: trust.level,
      eligible: violations.length === 0,
      violations,
      score: s.score,
      parts: s.parts,
      distanceKm: km === null ? null : Math.round(km * 10) / 10,
      skillIds,
    };
  });
  // Without the first cut every worker of the pool is a candidate row; with it, count the pool.
  const poolSize = opts.eligibleOnly
    ? await poolCount(db, poolCondition(companyId, whole))
    : candidates.length;
  return { job, window: base, jobFacts, site, candidates, poolSize };
}
