import { TIER_LABELS } from '../../workers/index.ts';
import type { FollowUpRow, InterviewRow, ReplacementRow } from './placement.repository.ts';

export const MAX_LIVE_INTERVIEWS = 3;

const INTERVIEW_STATE_LABELS: Record<InterviewRow['state'], string> = {
  scheduled: '待面试',
  chosen: '客户选定',
  declined: '未选中',
  cancelled: '已取消',
};

export const REPLACEMENT_KIND_LABELS: Record<ReplacementRow['kind'], string> = {
  customer_request: '客户要求换人',
  failed_trial: '试用不合格',
  no_show: '爽约（紧急换人）',
  accident: '意外（紧急换人）',
};

type Part = { key: string; label: string; points: number };

/** An interview as staff see it: the candidate by name, tier and score in words — no phone. */
export const toInterviewView = (
  i: InterviewRow,
  w: { workerName: string; tier: string | null; photoUrl: string | null },
) => ({
  id: i.id,
  orderId: i.orderId,
  workerId: i.workerId,
  workerName: w.workerName,
  tier: w.tier,
  tierLabel: w.tier ? (TIER_LABELS[w.tier as keyof typeof TIER_LABELS] ?? null) : null,
  photoUrl: w.photoUrl,
  mode: i.mode,
  scheduledAt: i.scheduledAt.toISOString(),
  state: i.state,
  stateLabel: INTERVIEW_STATE_LABELS[i.state],
  score: i.score,
  scoreParts: (i.scoreParts as Part[]).map((p) => ({ key: p.key, label: p.label, points: p.points })),
  note: i.note,
  decidedAt: i.decidedAt?.toISOString() ?? null,
  createdAt: i.createdAt.toISOString(),
});

export const toFollowUpView = (t: FollowUpRow, workerName: string, today: string) => ({
  id: t.id,
  orderId: t.orderId,
  workerId: t.workerId,
  workerName,
  storeId: t.storeId,
  assigneeUserId: t.assigneeUserId,
  dueOn: t.dueOn,
  overdue: t.state === 'open' && t.dueOn < today,
  state: t.state,
  outcome: t.outcome,
  doneAt: t.doneAt?.toISOString() ?? null,
  createdAt: t.createdAt.toISOString(),
});

export const toReplacementView = (r: ReplacementRow, names: Map<string, string>) => ({
  id: r.id,
  orderId: r.orderId,
  contractId: r.contractId,
  fromWorkerId: r.fromWorkerId,
  fromWorkerName: names.get(r.fromWorkerId) ?? null,
  toWorkerId: r.toWorkerId,
  toWorkerName: r.toWorkerId ? (names.get(r.toWorkerId) ?? null) : null,
  kind: r.kind,
  kindLabel: REPLACEMENT_KIND_LABELS[r.kind],
  reason: r.reason,
  counted: r.counted,
  override: r.overrideBy ? { by: r.overrideBy, reason: r.overrideReason ?? '' } : null,
  createdBy: r.createdBy,
  createdAt: r.createdAt.toISOString(),
});
