/** 我的工作: today and upcoming jobs (a tab for past ones), newest answers first from the server. */
import { Button, ErrorBlock, NavBar, PullToRefresh, SpinLoading, Tabs } from 'antd-mobile';
import { useCallback, useEffect, useState } from 'react';
import { asApiError } from '../shared/problem';
import { api, type MyJobs } from './api';
import { useI18n } from './i18n';
import { JobCard } from './JobCard';
import { useServerNow } from './job-time';
import { LangSwitch } from './LangSwitch';
import type { WorkerNavigate } from './WorkerShell';

type When = 'upcoming' | 'past';

export function JobsPage({
  when,
  onLogout,
  navigate,
}: {
  when: When;
  onLogout: () => void;
  navigate: WorkerNavigate;
}) {
  const { t } = useI18n();
  const [data, setData] = useState<MyJobs | null>(null);
  const [error, setError] = useState<string | null>(null);
  const now = useServerNow(data?.now ?? null);

  const load = useCallback(async () => {
    try {
      setData(await api.myJobs(when));
      setError(null);
    } catch (caught) {
      setError(asApiError(caught).message);
    }
  }, [when]);
  useEffect(() => {
    setData(null);
    void load();
  }, [load]);

  let body: React.ReactNode;
  if (error)
    body = (
      <ErrorBlock status="default" title={t('common.loadFailed')} description={error}>
        <Button color="primary" onClick={() => void load()}>
          {t('common.retry')}
        </Button>
      </ErrorBlock>
    );
  else if (!data)
    body = (
      <div className="h5-center">
        <SpinLoading color="primary" />
      </div>
    );
  else if (data.items.length === 0)
    body = (
      <ErrorBlock
        status="empty"
        title={t(when === 'past' ? 'jobs.pastEmpty' : 'jobs.empty')}
        description={when === 'past' ? '' : t('jobs.emptyHint')}
      />
    );
  else
    body = data.items.map((job) => (
      <JobCard
        key={job.id}
        job={job}
        now={now}
        onOpen={() => navigate({ page: 'job', jobId: job.id })}
        onAnswered={() => void load()}
      />
    ));

  return (
    <div className="h5-page" data-testid="jobs-page">
      <div className="h5-sticky">
        <NavBar
          back={null}
          left={<LangSwitch />}
          right={
            <Button size="mini" fill="none" onClick={onLogout}>
              {t('common.logout')}
            </Button>
          }
        >
          {t('jobs.title')}
        </NavBar>
        <Tabs activeKey={when} onChange={(key) => navigate({ page: 'jobs', when: key as When })}>
          <Tabs.Tab key="upcoming" title={t('jobs.upcoming')} />
          <Tabs.Tab key="past" title={t('jobs.past')} />
        </Tabs>
      </div>
      {data && <div className="h5-intro">{t('jobs.hello', { name: data.worker.name })}</div>}
      <PullToRefresh onRefresh={load}>
        <div className="h5-jobs">{body}</div>
      </PullToRefresh>
    </div>
  );
}
