/**
 * /follow-ups 督导回访: the supervisors' placement follow-ups (due within days of the start, R26),
 * filtered by 状态 (待回访 / 已完成 / 全部) and 到期 (已逾期 / 今天 / 全部), soonest due first, each
 * completed with an outcome. For followup.write (supervisor, store manager, admin).
 */
import { App, Button, Card, Empty, Radio, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { type ApiError, asApiError } from '../../../shared/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextModal } from '../../components/TextModal';
import { formatTime } from '../../format';
import { useI18n } from '../../i18n';
import { type FollowUp, type FollowUpState, followUpsApi } from '../orders/placement-api';

const STATES = ['open', 'done', 'all'] as const;
const DUES = ['overdue', 'today', 'all'] as const;
type StateFilter = (typeof STATES)[number];
type DueFilter = (typeof DUES)[number];

const STATE_COLORS: Record<FollowUpState, string> = { open: 'gold', done: 'green', cancelled: 'default' };
const LIMIT = 200;

/** The server lists one state at a time; 全部 asks for each and merges them, soonest due first. */
async function listFollowUps(state: StateFilter, due: DueFilter): Promise<FollowUp[]> {
  const states: FollowUpState[] = state === 'all' ? ['open', 'done', 'cancelled'] : [state];
  const pages = await Promise.all(states.map((s) => followUpsApi.list({ state: s, due, limit: LIMIT })));
  return pages
    .flatMap((p) => p.items)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.createdAt.localeCompare(b.createdAt));
}

function CompleteModal(props: { followUp: FollowUp; onDone: () => void; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <TextModal
      title={t('followUps.completeFor', { name: props.followUp.workerName })}
      name="outcome"
      label={t('followUps.outcome')}
      okText={t('followUps.complete')}
      maxLength={2000}
      onClose={props.onClose}
      onSubmit={async (outcome) => {
        await followUpsApi.complete(props.followUp.id, outcome);
        props.onDone();
      }}
    />
  );
}

export function FollowUpsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const state: StateFilter = STATES.find((s) => s === params.get('state')) ?? 'open';
  const due: DueFilter = DUES.find((d) => d === params.get('due')) ?? 'all';
  const [items, setItems] = useState<FollowUp[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [completing, setCompleting] = useState<FollowUp | null>(null);

  const load = useCallback(() => {
    let alive = true;
    setLoading(true);
    setError(null);
    listFollowUps(state, due)
      .then((list) => alive && setItems(list))
      .catch((caught: unknown) => alive && setError(asApiError(caught)))
      .finally(() => alive && setLoading(false));
    return () => {
      alive = false;
    };
  }, [state, due]);
  useEffect(() => load(), [load]);

  const setFilter = (key: 'state' | 'due', value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };

  const columns: TableColumnsType<FollowUp> = [
    {
      title: t('followUps.order'),
      dataIndex: 'orderId',
      render: (orderId: string) => <Link to={`/orders/${orderId}`}>{orderId}</Link>,
    },
    {
      title: t('followUps.worker'),
      dataIndex: 'workerName',
      render: (name: string, f) => <Link to={`/workers/${f.workerId}`}>{name}</Link>,
    },
    {
      title: t('followUps.dueOn'),
      dataIndex: 'dueOn',
      render: (day: string, f) =>
        f.overdue ? (
          <Space size={4}>
            <Tag color="red" data-overdue="true">
              {day}
            </Tag>
            <Typography.Text type="danger">{t('followUps.overdue')}</Typography.Text>
          </Space>
        ) : (
          day
        ),
    },
    {
      title: t('followUps.state'),
      dataIndex: 'state',
      render: (s: FollowUpState) => (
        <Tag color={STATE_COLORS[s]} data-state={s}>
          {t(`followUps.state.${s}`)}
        </Tag>
      ),
    },
    {
      title: t('followUps.outcome'),
      key: 'outcome',
      render: (_v, f) =>
        f.outcome ? (
          <Space orientation="vertical" size={0} style={{ maxWidth: 360 }}>
            <span>{f.outcome}</span>
            <Typography.Text type="secondary">{formatTime(f.doneAt)}</Typography.Text>
          </Space>
        ) : (
          '—'
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_v, f) =>
        f.state === 'open' && (
          <Button size="small" type="primary" onClick={() => setCompleting(f)}>
            {t('followUps.complete')}
          </Button>
        ),
    },
  ];

  return (
    <Card title={t('followUps.title')}>
      <Space wrap size="large" style={{ marginBottom: 16 }}>
        <Space>
          <Typography.Text>{t('followUps.state')}</Typography.Text>
          <Radio.Group
            optionType="button"
            value={state}
            onChange={(e) => setFilter('state', e.target.value)}
            options={STATES.map((s) => ({ value: s, label: t(`followUps.state.${s}`) }))}
          />
        </Space>
        <Space>
          <Typography.Text>{t('followUps.due')}</Typography.Text>
          <Radio.Group
            optionType="button"
            value={due}
            onChange={(e) => setFilter('due', e.target.value)}
            options={DUES.map((d) => ({ value: d, label: t(`followUps.due.${d}`) }))}
          />
        </Space>
      </Space>
      {error && <ProblemAlert error={error} onRetry={load} />}
      <Table<FollowUp>
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('followUps.empty')} /> }}
      />
      {completing && (
        <CompleteModal
          followUp={completing}
          onClose={() => setCompleting(null)}
          onDone={() => {
            message.success(t('followUps.completed'));
            setCompleting(null);
            load();
          }}
        />
      )}
    </Card>
  );
}
