/** Every assignment of the order, newest first: worker, time, state, score, why it ended. */
import { Empty, Table, type TableColumnsType } from 'antd';
import { formatTime } from '../../format';
import { useI18n } from '../../i18n';
import { timeRange } from './AssignmentCard';
import { AssignmentStateTag } from './tags';
import type { Assignment } from './types';

export function AssignmentHistory({ items, loading }: { items: Assignment[]; loading: boolean }) {
  const { t } = useI18n();
  const note = (a: Assignment) =>
    a.declineReason
      ? t('dispatch.declineReason', { reason: a.declineReason })
      : a.endReason
        ? t('dispatch.endReason', { reason: a.endReason })
        : '—';
  const columns: TableColumnsType<Assignment> = [
    { title: t('dispatch.worker'), dataIndex: 'workerName' },
    { title: t('dispatch.time'), key: 'time', render: (_v, a) => timeRange(a) },
    { title: t('dispatch.state'), key: 'state', render: (_v, a) => <AssignmentStateTag assignment={a} /> },
    {
      title: t('dispatch.score'),
      dataIndex: 'score',
      render: (s: number | null) => (s == null ? '—' : Math.round(s)),
    },
    { title: t('assignment.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatTime(at) },
    { title: t('assignment.note'), key: 'note', render: (_v, a) => note(a) },
  ];
  return (
    <div data-testid="dispatch-history">
      <Table<Assignment>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('dispatch.historyEmpty')} /> }}
      />
    </div>
  );
}
