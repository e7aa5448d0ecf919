/** The ranked shortlist: rank, worker (tier, trust), score, the score's parts in words, distance, 派单. */
import {
  Button,
  Empty,
  Popconfirm,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n';
import { CandidateTierTag, TrustLevelTag } from './tags';
import type { Candidate, ScorePart } from './types';

interface Props {
  candidates: Candidate[];
  loading: boolean;
  /** Resolves when the server has answered (the Popconfirm shows a spinner meanwhile). */
  onAssign: (candidate: Candidate) => Promise<void>;
}

export function ScoreParts({ parts }: { parts: ScorePart[] }) {
  const { t } = useI18n();
  if (parts.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {parts.map((p) => (
        <Tooltip key={p.key} title={t('dispatch.points', { points: p.points })}>
          <Tag color={p.points < 0 ? 'red' : undefined} data-part={p.key} style={{ marginInlineEnd: 0 }}>
            {p.label}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}

type T = ReturnType<typeof useI18n>['t'];

/** The shortlist's columns before any action: rank, worker (tier, trust), score, parts, distance. */
export function candidateColumns(t: T): TableColumnsType<Candidate> {
  return [
    { title: t('dispatch.rank'), key: 'rank', width: 64, render: (_v, _c, index) => index + 1 },
    {
      title: t('dispatch.worker'),
      key: 'worker',
      render: (_v, c) => (
        <Space size={6} wrap>
          <Link to={`/workers/${c.workerId}`}>{c.name}</Link>
          <CandidateTierTag tier={c.tier} />
          <TrustLevelTag trust={c.trust} />
        </Space>
      ),
    },
    {
      title: t('dispatch.score'),
      dataIndex: 'score',
      width: 80,
      render: (score: number) => <Typography.Text strong>{Math.round(score)}</Typography.Text>,
    },
    {
      title: t('dispatch.parts'),
      key: 'parts',
      render: (_v, c) => (
        <div style={{ maxWidth: 480 }}>
          <ScoreParts parts={c.parts} />
        </div>
      ),
    },
    {
      title: t('dispatch.distance'),
      dataIndex: 'distanceKm',
      width: 100,
      render: (km: number | null) => (km == null ? '—' : t('dispatch.km', { km: km.toFixed(1) })),
    },
  ];
}

export function CandidateTable({ candidates, loading, onAssign }: Props) {
  const { t } = useI18n();
  const columns: TableColumnsType<Candidate> = [
    ...candidateColumns(t),
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_v, c) => (
        <Popconfirm
          title={t('dispatch.assignConfirm', { name: c.name })}
          okText={t('common.ok')}
          cancelText={t('common.cancel')}
          onConfirm={() => onAssign(c)}
        >
          <Button type="primary" size="small">
            {t('dispatch.assign')}
          </Button>
        </Popconfirm>
      ),
    },
  ];
  return (
    <div data-testid="dispatch-candidates">
      <Table<Candidate>
        rowKey="workerId"
        size="small"
        columns={columns}
        dataSource={candidates}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('dispatch.empty')} /> }}
      />
    </div>
  );
}
