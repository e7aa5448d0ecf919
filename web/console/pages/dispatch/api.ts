/** Typed calls to the dispatch API: shortlist, assign, assignments, emergencies, the day board and plans. */
import { http } from '../../../shared/http';
import type { AcceptResult, Assignment, Board, Candidates, Plan } from './types';

const V1 = '/api/v1';
const id = (value: string) => encodeURIComponent(value);
const order = (orderId: string, rest = '') => `${V1}/orders/${id(orderId)}${rest}`;

export const dispatchApi = {
  candidates: (orderId: string, explain: boolean, limit = 20) =>
    http.get<Candidates>(order(orderId, '/candidates'), {
      query: { explain: explain ? 'excluded' : undefined, limit },
    }),
  assign: (orderId: string, workerId: string, startsAt?: string) =>
    http.post<Assignment>(order(orderId, '/assign'), { body: { workerId, startsAt } }),
  assignments: (orderId: string) => http.get<{ items: Assignment[] }>(order(orderId, '/assignments')),
  cancel: (assignmentId: string, reason: string) =>
    http.post<Assignment>(`${V1}/assignments/${id(assignmentId)}/cancel`, { body: { reason } }),
  board: (date: string, storeId?: string) =>
    http.get<Board>(`${V1}/dispatch/board`, { query: { date, storeId } }),
  plan: (date: string, storeId?: string) =>
    http.post<Plan>(`${V1}/dispatch/plan`, { body: { date, storeId } }),
  emergency: (orderId: string, body: { kind: 'no_show' | 'accident'; note: string }) =>
    http.post<unknown>(order(orderId, '/emergency'), { body }),
  acceptPlan: (items: { orderId: string; workerId: string; startsAt: string }[]) =>
    http.post<{ results: AcceptResult[] }>(`${V1}/dispatch/plan/accept`, { body: { items } }),
};
