/**
 * The placement's ranked candidates (rank, worker with tier and trust, score, its parts in words,
 * distance) with 安排面试 on each row while fewer than 3 interviews are live.
 */
import { Button, Empty, Space, Table, Tooltip, Typography } from 'antd';
import type { ApiError } from '../../../shared/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { candidateColumns } from '../dispatch/CandidateTable';
import type { Candidate, Candidates } from '../dispatch/types';

interface Props {
  data: Candidates | null;
  loading: boolean;
  error: ApiError | null;
  onRetry: () => void;
  /** Live interviews and the most allowed; the buttons turn off at the limit. */
  live: number;
  max: number;
  /** Null when the order's state does not take interviews. */
  onSchedule: ((c: Candidate) => void) | null;
}

export function CandidatesCard({ data, loading, error, onRetry, live, max, onSchedule }: Props) {
  const { t } = useI18n();
  const full = live >= max;
  const columns = candidateColumns(t);
  if (onSchedule) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      fixed: 'right',
      render: (_v, c) => (
        <Tooltip title={full ? t('placing.full', { max }) : undefined}>
          <Button type="primary" size="small" disabled={full} onClick={() => onSchedule(c)}>
            {t('placing.schedule')}
          </Button>
        </Tooltip>
      ),
    });
  }

  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }} data-testid="placing-candidates">
      <Space wrap>
        <Typography.Text strong>{t('placing.candidates')}</Typography.Text>
        {data && (
          <Typography.Text type="secondary">
            {t('placing.counts', { eligible: data.eligibleCount, excluded: data.excludedCount })}
          </Typography.Text>
        )}
      </Space>
      {error && <ProblemAlert error={error} onRetry={onRetry} />}
      <Table<Candidate>
        rowKey="workerId"
        size="small"
        columns={columns}
        dataSource={data?.candidates ?? []}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('placing.noCandidates')} /> }}
      />
    </Space>
  );
}
