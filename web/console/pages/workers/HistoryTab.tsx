/** 历史: incidents (resolve to lift a block) and, once orders exist, her service history. */
import { Button, Card, Empty, Space, Tag } from 'antd';
import { useAuth } from '../../auth';
import { formatTime } from '../../format';
import { useI18n } from '../../i18n';
import { workersApi } from './api';
import { RecordCard } from './RecordCard';
import type { Incident, WorkerDetail } from './types';
import { useWorkerAction } from './useWorkerAction';

export function HistoryTab({
  worker,
  onChange,
}: {
  worker: WorkerDetail;
  onChange: (w: WorkerDetail) => void;
}) {
  const { t, tOr } = useI18n();
  const { can } = useAuth();
  const act = useWorkerAction(onChange);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <RecordCard<Incident>
        worker={worker}
        onChange={onChange}
        title={t('incident.title')}
        kind="incident"
        rows={worker.incidents}
        canAdd={can('worker.write')}
        columns={[
          { title: t('record.kind'), dataIndex: 'kind', render: (k: string) => tOr(`incident.kind.${k}`, k) },
          {
            title: t('incident.blocking'),
            dataIndex: 'blocking',
            render: (b: boolean) => (b ? <Tag color="red">{t('incident.blocking')}</Tag> : '—'),
          },
          { title: t('incident.description'), dataIndex: 'description', width: 320 },
          { title: t('incident.occurredAt'), dataIndex: 'occurredAt', render: (v: string) => formatTime(v) },
          {
            title: t('common.status'),
            key: 'resolved',
            render: (_, i) =>
              i.resolvedAt ? (
                <Tag color="success">
                  {t('incident.resolved')} {formatTime(i.resolvedAt)}
                </Tag>
              ) : i.kind !== 'blacklist' && worker.status !== 'blacklisted' && can('worker.verify') ? (
                <Button
                  size="small"
                  onClick={() => act(() => workersApi.resolveIncident(worker.id, i.id), 'incident.resolved')}
                >
                  {t('incident.resolve')}
                </Button>
              ) : (
                <Tag color="warning">{t('incident.open')}</Tag>
              ),
          },
        ]}
      />
      <Card size="small" title={t('history.orders')}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.ordersLater')} />
      </Card>
    </Space>
  );
}
