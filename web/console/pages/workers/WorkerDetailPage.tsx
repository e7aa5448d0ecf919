/** /workers/:id: the header card and the tabs of a worker's file. */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Skeleton, Space, Tabs } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { type ApiError, asApiError } from '../../../shared/problem';
import { LinkButton } from '../../components/LinkButton';
import { NotFound } from '../../components/NotFound';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { workersApi } from './api';
import { CredentialsTab } from './CredentialsTab';
import { HistoryTab } from './HistoryTab';
import { PerformanceTab } from './PerformanceTab';
import { ProfileTab } from './ProfileTab';
import { ScheduleTab } from './ScheduleTab';
import { TrainingTab } from './TrainingTab';
import type { WorkerDetail } from './types';
import { WorkerHeader } from './WorkerHeader';

const TABS = ['profile', 'credentials', 'training', 'schedule', 'performance', 'history'] as const;
type TabKey = (typeof TABS)[number];

export function WorkerDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [worker, setWorker] = useState<WorkerDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as TabKey)
    : 'profile';

  const load = useCallback(() => {
    let alive = true;
    setError(null);
    workersApi
      .get(id)
      .then((found) => alive && setWorker(found))
      .catch((caught: unknown) => alive && setError(asApiError(caught)));
    return () => {
      alive = false;
    };
  }, [id]);

  useEffect(() => {
    setWorker(null);
    return load();
  }, [load]);

  if (error?.status === 404) return <NotFound />;

  const body = (key: TabKey, w: WorkerDetail) => {
    const props = { worker: w, onChange: setWorker };
    if (key === 'profile') return <ProfileTab {...props} />;
    if (key === 'credentials') return <CredentialsTab {...props} />;
    if (key === 'training') return <TrainingTab {...props} />;
    if (key === 'schedule') return <ScheduleTab {...props} />;
    if (key === 'performance') return <PerformanceTab {...props} />;
    return <HistoryTab {...props} />;
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <LinkButton to="/workers" type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('workers.title')}
      </LinkButton>
      {error && <ProblemAlert error={error} onRetry={load} />}
      {worker ? (
        <>
          <WorkerHeader worker={worker} onChange={setWorker} />
          <Tabs
            activeKey={tab}
            onChange={(key) => setParams({ tab: key }, { replace: true })}
            items={TABS.map((key) => ({
              key,
              label: t(`worker.tab.${key}`),
              children: key === tab ? body(key, worker) : null,
            }))}
          />
        </>
      ) : (
        !error && (
          <Card>
            <Skeleton active />
          </Card>
        )
      )}
    </Space>
  );
}
