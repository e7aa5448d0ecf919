import type { AssignmentRow } from './assignment.repository.ts';

export const ASSIGNMENT_STATE_LABELS: Record<AssignmentRow['state'], string> = {
  offered: '待接单',
  active: '已派单',
  declined: '已拒单',
  expired: '超时未接',
  cancelled: '已取消',
  replaced: '已换人',
  done: '已完成',
};

/** An assignment as staff see it (the worker by name; no phone). */
export const toAssignmentView = (a: AssignmentRow, workerName: string) => ({
  id: a.id,
  orderId: a.orderId,
  workerId: a.workerId,
  workerName,
  kind: a.kind,
  state: a.state,
  stateLabel: ASSIGNMENT_STATE_LABELS[a.state],
  startsAt: a.startsAt.toISOString(),
  endsAt: a.endsAt.toISOString(),
  releaseFrom: a.releaseFrom?.toISOString() ?? null,
  releaseUntil: a.releaseUntil?.toISOString() ?? null,
  score: a.score,
  scoreParts: a.scoreParts as { key: string; label: string; points: number }[],
  offerExpiresAt: a.offerExpiresAt?.toISOString() ?? null,
  declineReason: a.declineReason,
  endReason: a.endReason,
  createdAt: a.createdAt.toISOString(),
});
