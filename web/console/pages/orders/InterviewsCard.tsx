/**
 * The placement's interviews: who (tier), when, 门店/视频, score in words, state; on a scheduled one
 * 客户选定 (a Popconfirm with an optional start date, only at the interview stage) and 未选中 (a
 * reason). "已安排 2/3" counts the live ones against the most allowed.
 */
import {
  Button,
  DatePicker,
  Empty,
  Popconfirm,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { TextModal } from '../../components/TextModal';
import { formatTime } from '../../format';
import { useI18n } from '../../i18n';
import { ScoreParts } from '../dispatch/CandidateTable';
import { todayShanghai } from '../workers/dates';
import { type PlacementInterview, type PlacementInterviews, placementsApi } from './placement-api';

const STATE_COLORS: Record<string, string> = {
  scheduled: 'gold',
  chosen: 'green',
  declined: 'default',
  cancelled: 'default',
};

interface Props {
  data: PlacementInterviews | null;
  loading: boolean;
  /** The order is at the interview stage: 客户选定 is possible. */
  canChoose: boolean;
  onChoose: (interview: PlacementInterview, startDate: string | undefined) => Promise<unknown>;
  onDeclined: () => void;
}

function ChooseButton({
  interview,
  onChoose,
}: {
  interview: PlacementInterview;
  onChoose: Props['onChoose'];
}) {
  const { t } = useI18n();
  const [startDate, setStartDate] = useState<Dayjs | null>(null);
  return (
    <Popconfirm
      title={t('placing.chooseConfirm', { name: interview.workerName })}
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
      okText={t('placing.choose')}
      cancelText={t('common.cancel')}
      onConfirm={() => onChoose(interview, startDate?.format('YYYY-MM-DD'))}
      onOpenChange={(open) => open || setStartDate(null)}
    >
      <Button size="small" type="primary">
        {t('placing.choose')}
      </Button>
    </Popconfirm>
  );
}

function DeclineModal(props: { interview: PlacementInterview; onDone: () => void; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <TextModal
      title={t('placing.declineFor', { name: props.interview.workerName })}
      name="reason"
      label={t('placing.declineReason')}
      okText={t('placing.decline')}
      onClose={props.onClose}
      onSubmit={async (reason) => {
        await placementsApi.decline(props.interview.id, reason);
        props.onDone();
      }}
    />
  );
}

export function InterviewsCard({ data, loading, canChoose, onChoose, onDeclined }: Props) {
  const { t, tOr } = useI18n();
  const [declining, setDeclining] = useState<PlacementInterview | null>(null);
  const columns: TableColumnsType<PlacementInterview> = [
    {
      title: t('placing.worker'),
      key: 'worker',
      render: (_v, i) => (
        <Space size={6} wrap>
          <Link to={`/workers/${i.workerId}`}>{i.workerName}</Link>
          {i.tierLabel && <Tag color="geekblue">{tOr(`tier.${i.tier}`, i.tierLabel)}</Tag>}
        </Space>
      ),
    },
    { title: t('placing.scheduledAt'), dataIndex: 'scheduledAt', render: (at: string) => formatTime(at) },
    {
      title: t('placing.mode'),
      dataIndex: 'mode',
      render: (m: PlacementInterview['mode']) => t(`placing.mode.${m}`),
    },
    {
      title: t('placing.score'),
      key: 'score',
      render: (_v, i) => (
        <Space size={6} wrap style={{ maxWidth: 420 }}>
          <Typography.Text strong>{i.score == null ? '—' : Math.round(i.score)}</Typography.Text>
          {i.scoreParts.length > 0 && <ScoreParts parts={i.scoreParts} />}
        </Space>
      ),
    },
    {
      title: t('placing.state'),
      key: 'state',
      render: (_v, i) => (
        <Space orientation="vertical" size={0}>
          <Tag color={STATE_COLORS[i.state] ?? 'default'} data-state={i.state}>
            {tOr(`placing.interview.${i.state}`, i.stateLabel)}
          </Tag>
          {i.note && <Typography.Text type="secondary">{i.note}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_v, i) =>
        i.state === 'scheduled' ? (
          <Space size={4}>
            {canChoose && <ChooseButton interview={i} onChoose={onChoose} />}
            <Button size="small" onClick={() => setDeclining(i)}>
              {t('placing.decline')}
            </Button>
          </Space>
        ) : null,
    },
  ];

  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }} data-testid="placing-interviews">
      <Space>
        <Typography.Text strong>{t('placing.interviews')}</Typography.Text>
        {data && (
          <Tag color={data.live >= data.max ? 'orange' : 'blue'}>
            {t('placing.liveCount', { live: data.live, max: data.max })}
          </Tag>
        )}
      </Space>
      <Table<PlacementInterview>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('placing.noInterviews')} /> }}
      />
      {declining && (
        <DeclineModal
          interview={declining}
          onClose={() => setDeclining(null)}
          onDone={() => {
            setDeclining(null);
            onDeclined();
          }}
        />
      )}
    </Space>
  );
}
