/** 绩效与福利: evaluations, awards, rewards and penalties (R15), and the welfare box. */
import { Card, Descriptions, Space, Tag } from 'antd';
import { useAuth } from '../../auth';
import { useI18n } from '../../i18n';
import { RecordCard } from './RecordCard';
import type { Performance, WorkerDetail } from './types';

const yuan = (fen: number | null) => (fen === null ? '—' : `¥${(fen / 100).toFixed(2)}`);
const PERF_COLORS = { evaluation: 'blue', award: 'gold', reward: 'green', penalty: 'red' } as const;

export function PerformanceTab({
  worker,
  onChange,
}: {
  worker: WorkerDetail;
  onChange: (w: WorkerDetail) => void;
}) {
  const { t } = useI18n();
  const { can } = useAuth();
  const { welfare } = worker;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('welfare.title')} data-testid="welfare">
        <Descriptions
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'rest', label: t('welfare.restDays'), children: welfare.restDaysThisMonth },
            {
              key: 'insurance',
              label: t('welfare.insurance'),
              children: welfare.insuranceValid ? (
                <Tag color="success">{t('welfare.insuranceValid')}</Tag>
              ) : (
                <Tag color="error">{t('welfare.insuranceInvalid')}</Tag>
              ),
            },
            { key: 'wage', label: t('welfare.wageAccount'), children: welfare.wageAccount ?? '—' },
          ]}
        />
      </Card>
      <RecordCard<Performance>
        worker={worker}
        onChange={onChange}
        title={t('perf.title')}
        kind="performance"
        rows={worker.performance}
        canAdd={can('worker.write')}
        columns={[
          {
            title: t('record.kind'),
            dataIndex: 'kind',
            render: (k: Performance['kind']) => <Tag color={PERF_COLORS[k]}>{t(`perf.kind.${k}`)}</Tag>,
          },
          { title: t('perf.titleField'), dataIndex: 'title' },
          { title: t('perf.year'), dataIndex: 'year', render: (v: number | null) => v ?? '—' },
          { title: t('perf.score'), dataIndex: 'score', render: (v: number | null) => v ?? '—' },
          { title: t('perf.amount'), dataIndex: 'amountFen', render: yuan },
          { title: t('perf.occurredOn'), dataIndex: 'occurredOn' },
        ]}
      />
    </Space>
  );
}
