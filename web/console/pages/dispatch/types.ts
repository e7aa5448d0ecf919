/** The shapes of the dispatch API: shortlist, assignments, the day board and plans. */
import type { Tier } from '../workers/types';

export type TrustLevel = 'green' | 'yellow' | 'red';

/** One scoring component, already in words (e.g. "距离 3.2 km"). */
export interface ScorePart {
  key: string;
  label: string;
  points: number;
}

export interface Candidate {
  workerId: string;
  name: string;
  photoUrl: string | null;
  storeId: string;
  tier: Tier | null;
  tierLabel: string | null;
  homeDistrict: string;
  trust: TrustLevel;
  score: number;
  distanceKm: number | null;
  parts: ScorePart[];
}

export interface ExcludedWorker {
  workerId: string;
  name: string;
  storeId: string;
  tier: Tier | null;
  tierLabel: string | null;
  reasons: { rule: string; reason: string }[];
}

export interface Candidates {
  orderId: string;
  job: {
    startsAt: string;
    endsAt: string;
    latestStart: string;
    serviceDays: string[];
    requiredSkills: string[];
    minTier: string | null;
    crossStore: boolean;
  };
  eligibleCount: number;
  excludedCount: number;
  candidates: Candidate[];
  excluded?: ExcludedWorker[];
}

export const LIVE_ASSIGNMENT_STATES = ['offered', 'active'] as const;
export type AssignmentState =
  | 'offered'
  | 'active'
  | 'declined'
  | 'expired'
  | 'cancelled'
  | 'replaced'
  | 'done';

export interface Assignment {
  id: string;
  orderId: string;
  workerId: string;
  workerName: string;
  kind: 'visit' | 'placement';
  state: AssignmentState;
  stateLabel: string;
  startsAt: string;
  endsAt: string;
  releaseFrom: string | null;
  releaseUntil: string | null;
  score: number | null;
  scoreParts: ScorePart[];
  offerExpiresAt: string | null;
  declineReason: string | null;
  endReason: string | null;
  createdAt: string;
}

export const isLive = (a: Assignment) => (LIVE_ASSIGNMENT_STATES as readonly string[]).includes(a.state);

export interface Booking {
  id: string;
  orderId: string | null;
  startsAt: string;
  endsAt: string;
  kind: string;
  serviceName: string | null;
  district: string | null;
  state: string | null;
}

export interface BoardWorker {
  id: string;
  name: string;
  storeId?: string;
  tier: Tier | null;
  tierLabel: string | null;
  /** HH:MM, Shanghai time. */
  workStart: string;
  workEnd: string;
  bookings: Booking[];
}

export interface OpenOrder {
  id: string;
  serviceName: string;
  district: string | null;
  windowStart: string;
  windowEnd: string | null;
  latestStart: string;
  durationMinutes: number;
  urgent: boolean;
}

export interface Board {
  date: string;
  storeId: string | null;
  workers: BoardWorker[];
  openOrders: OpenOrder[];
}

export interface PlanItem {
  orderId: string;
  workerId: string;
  workerName: string;
  startsAt: string;
  endsAt: string;
  score: number | null;
}

export interface Plan {
  date: string;
  objective: number;
  items: PlanItem[];
  unassigned: { orderId: string; reason: string }[];
  stats: { orders: number; workers: number; ms: number };
}

export type AcceptResult =
  | { orderId: string; ok: true; assignment: Assignment }
  | { orderId: string; ok: false; status: number; title: string; detail?: string };
