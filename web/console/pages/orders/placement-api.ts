/**
 * Typed calls and shapes of placements 上户 (interviews, trial and start, 换人, 紧急换人) and of
 * the supervisors' follow-ups 督导回访 — see src/modules/dispatch/placements/schemas.ts.
 */
import { http } from '../../../shared/http';
import type { Assignment, Candidate, Candidates, ScorePart } from '../dispatch/types';

const V1 = '/api/v1';
const id = (value: string) => encodeURIComponent(value);
const order = (orderId: string, rest: string) => `${V1}/orders/${id(orderId)}${rest}`;

export type InterviewMode = 'store' | 'video';
export type InterviewState = 'scheduled' | 'chosen' | 'declined' | 'cancelled';
export type ReplacementKind = 'customer_request' | 'failed_trial' | 'no_show' | 'accident';
export type EmergencyKind = 'no_show' | 'accident';
export type FollowUpState = 'open' | 'done' | 'cancelled';

export interface PlacementInterview {
  id: string;
  orderId: string;
  workerId: string;
  workerName: string;
  tier: string | null;
  tierLabel: string | null;
  photoUrl: string | null;
  mode: InterviewMode;
  scheduledAt: string;
  state: InterviewState;
  stateLabel: string;
  score: number | null;
  scoreParts: ScorePart[];
  note: string | null;
  decidedAt: string | null;
  createdAt: string;
}

export interface PlacementInterviews {
  items: PlacementInterview[];
  live: number;
  max: number;
}

export interface FollowUp {
  id: string;
  orderId: string;
  workerId: string;
  workerName: string;
  storeId: string | null;
  assigneeUserId: string | null;
  /** YYYY-MM-DD, Shanghai. */
  dueOn: string;
  overdue: boolean;
  state: FollowUpState;
  outcome: string | null;
  doneAt: string | null;
  createdAt: string;
}

export interface ReplacementView {
  id: string;
  orderId: string;
  fromWorkerId: string;
  fromWorkerName: string | null;
  toWorkerId: string | null;
  toWorkerName: string | null;
  kind: ReplacementKind;
  kindLabel: string;
  reason: string;
  counted: boolean;
  override: { by: string; reason: string } | null;
  createdAt: string;
}

export interface ReplacementList {
  items: ReplacementView[];
  quota: number;
  used: number;
  left: number;
}

export interface Started {
  orderId: string;
  status: string;
  startDate: string;
  followUp: FollowUp;
}

export interface EmergencyResult {
  orderId: string;
  urgent: true;
  status: string;
  replacement: ReplacementView;
  incidentId: string;
  next: Candidate[];
}

export interface ScheduleBody {
  workerId: string;
  scheduledAt: string;
  mode: InterviewMode;
  note?: string;
}

export interface ReplaceBody {
  kind: 'customer_request' | 'failed_trial';
  reason: string;
  override?: { reason: string };
}

export const placementsApi = {
  candidates: (orderId: string, limit = 20) =>
    http.get<Candidates>(order(orderId, '/candidates'), { query: { limit } }),
  /** The order's assignments; a live one (offered, active) means a worker is chosen or in the home. */
  assignments: (orderId: string) => http.get<{ items: Assignment[] }>(order(orderId, '/assignments')),
  interviews: (orderId: string) => http.get<PlacementInterviews>(order(orderId, '/interviews')),
  schedule: (orderId: string, body: ScheduleBody) =>
    http.post<PlacementInterview>(order(orderId, '/interviews'), { body }),
  choose: (interviewId: string, body: { startDate?: string; note?: string }) =>
    http.post<{ interview: PlacementInterview; declined: string[] }>(
      `${V1}/interviews/${id(interviewId)}/choose`,
      { body },
    ),
  decline: (interviewId: string, reason: string) =>
    http.post<PlacementInterview>(`${V1}/interviews/${id(interviewId)}/decline`, { body: { reason } }),
  trial: (orderId: string) => http.post<{ orderId: string; status: string }>(order(orderId, '/trial')),
  start: (orderId: string, startDate?: string) =>
    http.post<Started>(order(orderId, '/start'), { body: startDate ? { startDate } : {} }),
  replacements: (orderId: string) => http.get<ReplacementList>(order(orderId, '/replacements')),
  replace: (orderId: string, body: ReplaceBody) =>
    http.post<{ replacement: ReplacementView; quota: number; used: number; left: number }>(
      order(orderId, '/replacements'),
      { body },
    ),
  emergency: (orderId: string, body: { kind: EmergencyKind; note: string }) =>
    http.post<EmergencyResult>(order(orderId, '/emergency'), { body }),
};

export const followUpsApi = {
  list: (query: { state: FollowUpState; due: 'overdue' | 'today' | 'all'; limit?: number }) =>
    http.get<{ items: FollowUp[] }>(`${V1}/follow-ups`, { query }),
  complete: (followUpId: string, outcome: string) =>
    http.post<FollowUp>(`${V1}/follow-ups/${id(followUpId)}/complete`, { body: { outcome } }),
};
