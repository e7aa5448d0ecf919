/**
 * 上户安排 on a placement order (mode placement, contracted → in service; for dispatch.write): the
 * ranked candidates with 安排面试 (at most 3 live interviews), the interviews with 客户选定 / 未选中,
 * 开始试用 once one is chosen, 确认上户 in trial (showing the supervisor follow-up's due date), and
 * the 换人 history with the contract's quota. Renders nothing for other orders.
 */
import { Alert, App, Button, Card, DatePicker, Divider, Popconfirm, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { type ApiError, asApiError } from '../../../shared/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { type Candidate, type Candidates, isLive } from '../dispatch/types';
import { todayShanghai } from '../workers/dates';
import { CandidatesCard } from './CandidatesCard';
import { InterviewModal } from './InterviewModal';
import { InterviewsCard } from './InterviewsCard';
import {
  type PlacementInterview,
  type PlacementInterviews,
  placementsApi,
  type ReplacementList,
  type Started,
} from './placement-api';
import { ReplacementsCard } from './ReplacementsCard';
import type { OrderDetail } from './types';

const PLACING_STATES = ['contracted', 'dispatched', 'interview', 'trial', 'in_service'];
const INTERVIEW_STATES = ['contracted', 'dispatched', 'interview'];

/** Interviews, replacements and (while interviews may be scheduled) the candidates of the order. */
function usePlacementData(order: OrderDetail, withCandidates: boolean) {
  const [interviews, setInterviews] = useState<PlacementInterviews | null>(null);
  const [replacements, setReplacements] = useState<ReplacementList | null>(null);
  const [candidates, setCandidates] = useState<Candidates | null>(null);
  /** A live assignment: the customer has chosen a worker (she may be in trial or in service). */
  const [hasWorker, setHasWorker] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [candidatesError, setCandidatesError] = useState<ApiError | null>(null);
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  const { id, updatedAt } = order;

  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the order changes (status, urgent) or on demand
  useEffect(() => {
    let alive = true;
    setLoading(true);
    setError(null);
    setCandidatesError(null);
    const lists = Promise.all([
      placementsApi.interviews(id),
      placementsApi.replacements(id),
      placementsApi.assignments(id),
    ])
      .then(([i, r, a]) => {
        if (!alive) return;
        setInterviews(i);
        setReplacements(r);
        setHasWorker(a.items.some(isLive));
      })
      .catch((caught: unknown) => alive && setError(asApiError(caught)));
    if (!withCandidates) setCandidates(null);
    const ranked = withCandidates
      ? placementsApi
          .candidates(id)
          .then((c) => alive && setCandidates(c))
          .catch((caught: unknown) => alive && setCandidatesError(asApiError(caught)))
      : null;
    void Promise.all([lists, ranked]).finally(() => alive && setLoading(false));
    return () => {
      alive = false;
    };
  }, [id, updatedAt, withCandidates, round]);

  return { interviews, replacements, candidates, hasWorker, loading, error, candidatesError, reload };
}

export function PlacementPanel({ order, onChanged }: { order: OrderDetail; onChanged: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const s = order.status;
  const active = order.mode === 'placement' && PLACING_STATES.includes(s);
  const data = usePlacementData(order, active && INTERVIEW_STATES.includes(s));
  const [scheduling, setScheduling] = useState<Candidate | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [started, setStarted] = useState<Started | null>(null);
  const [startDate, setStartDate] = useState<Dayjs | null>(null);

  // Old interviews stay chosen after a 换人; the live assignment tells whether one is chosen now.
  const chosen = data.hasWorker;
  const canSchedule = INTERVIEW_STATES.includes(s) && !chosen;
  const live = data.interviews?.live ?? 0;
  const max = data.interviews?.max ?? 3;

  /** Runs a step; on success reloads the order (and so this panel), else shows the server's words. */
  const act = async <R,>(step: () => Promise<R>, done: (result: R) => void) => {
    setActionError(null);
    try {
      const result = await step();
      done(result);
      data.reload();
      onChanged();
    } catch (caught) {
      setActionError(asApiError(caught));
      data.reload();
    }
  };

  const choose = (i: PlacementInterview, day: string | undefined) =>
    act(
      () => placementsApi.choose(i.id, day ? { startDate: day } : {}),
      () => message.success(t('placing.chosen', { name: i.workerName })),
    );

  if (!active) return null;

  return (
    <Card title={t('placing.title')} data-testid="placing-section">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {data.error && <ProblemAlert error={data.error} onRetry={data.reload} />}
        {actionError && <ProblemAlert error={actionError} />}
        {started && (
          <Alert
            type="success"
            showIcon
            closable={{ onClose: () => setStarted(null) }}
            title={t('placing.started', { date: started.startDate, due: started.followUp.dueOn })}
          />
        )}
        {(s === 'interview' && chosen) || s === 'trial' ? (
          <Space wrap>
            {s === 'interview' && chosen && (
              <Popconfirm
                title={t('placing.trialConfirm')}
                okText={t('placing.trial')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  act(
                    () => placementsApi.trial(order.id),
                    () => message.success(t('placing.trialStarted')),
                  )
                }
              >
                <Button type="primary">{t('placing.trial')}</Button>
              </Popconfirm>
            )}
            {s === 'trial' && (
              <Popconfirm
                title={t('placing.startConfirm')}
                description={
                  <Space orientation="vertical" size={4} style={{ maxWidth: 320 }}>
                    <Typography.Text type="secondary">{t('placing.startDate')}</Typography.Text>
                    <DatePicker
                      aria-label={t('placing.startDate')}
                      value={startDate}
                      onChange={setStartDate}
                      disabledDate={(day) => day.format('YYYY-MM-DD') < todayShanghai()}
                      getPopupContainer={(node) => node.parentElement ?? document.body}
                    />
                  </Space>
                }
                okText={t('placing.start')}
                cancelText={t('common.cancel')}
                onOpenChange={(open) => open || setStartDate(null)}
                onConfirm={() =>
                  act(
                    () => placementsApi.start(order.id, startDate?.format('YYYY-MM-DD')),
                    (result) => setStarted(result),
                  )
                }
              >
                <Button type="primary">{t('placing.start')}</Button>
              </Popconfirm>
            )}
          </Space>
        ) : null}
        {canSchedule && (
          <CandidatesCard
            data={data.candidates}
            loading={data.loading}
            error={data.candidatesError}
            onRetry={data.reload}
            live={live}
            max={max}
            onSchedule={setScheduling}
          />
        )}
        {(INTERVIEW_STATES.includes(s) || (data.interviews?.items.length ?? 0) > 0) && (
          <>
            {canSchedule && <Divider style={{ margin: 0 }} />}
            <InterviewsCard
              data={data.interviews}
              loading={data.loading}
              canChoose={s === 'interview' && !chosen}
              onChoose={choose}
              onDeclined={() => {
                message.success(t('placing.declined'));
                data.reload();
                onChanged();
              }}
            />
          </>
        )}
        <Divider style={{ margin: 0 }} />
        <ReplacementsCard
          orderId={order.id}
          data={data.replacements}
          loading={data.loading}
          canRequest={s === 'trial' || s === 'in_service'}
          onReplaced={() => {
            data.reload();
            onChanged();
          }}
        />
      </Space>
      {scheduling && (
        <InterviewModal
          orderId={order.id}
          candidate={scheduling}
          onClose={() => setScheduling(null)}
          onDone={() => {
            message.success(t('placing.scheduled', { name: scheduling.name }));
            setScheduling(null);
            data.reload();
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
