/**
 * One job: time, district, checklist, and — only when the server releases them (from 2 hours
 * before the start to its end, R16) — the detailed address and a call button that goes through
 * the store. Otherwise a notice says when the address will appear.
 */
import { Button, ErrorBlock, List, NavBar, NoticeBar, SpinLoading, Tag } from 'antd-mobile';
import { PhoneFill } from 'antd-mobile-icons';
import { useCallback, useEffect, useState } from 'react';
import { asApiError } from '../shared/problem';
import { api, type WorkerJob } from './api';
import { type T, useI18n } from './i18n';
import { OfferActions, stateColor, stateText } from './JobCard';
import { jobTime, releaseTime, useServerNow } from './job-time';
import type { WorkerNavigate } from './WorkerShell';

/** Why the address is not shown, and when it will be. */
function addressNotice(t: T, lang: 'zh-CN' | 'en', job: WorkerJob, now: number | null): string {
  if (job.releaseUntil && now !== null && now > Date.parse(job.releaseUntil)) return t('job.addressClosed');
  if (job.state === 'offered' || !job.releaseFrom) return t('job.addressAfterAccept');
  if (job.state !== 'active') return t('job.addressHidden');
  return t('job.addressAt', { time: releaseTime(job.releaseFrom, lang) });
}

export function JobPage({ id, navigate }: { id: string; navigate: WorkerNavigate }) {
  const { t, lang } = useI18n();
  const [job, setJob] = useState<WorkerJob | null>(null);
  const [serverNow, setServerNow] = useState<string | null>(null);
  const [error, setError] = useState<{ status: number; message: string } | null>(null);
  const now = useServerNow(serverNow);

  const load = useCallback(async () => {
    try {
      // The list answers with the server's now: the offer's countdown and the notice count from it.
      const [one, list] = await Promise.all([api.myJob(id), api.myJobs('upcoming')]);
      setJob(one);
      setServerNow(list.now);
      setError(null);
    } catch (caught) {
      const p = asApiError(caught);
      setError({ status: p.status, message: p.message });
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  const header = (
    <div className="h5-sticky">
      <NavBar onBack={() => navigate({ page: 'jobs', when: 'upcoming' })} backIcon>
        {t('job.title')}
      </NavBar>
    </div>
  );
  if (error)
    return (
      <div className="h5-page">
        {header}
        <ErrorBlock
          status={error.status === 404 ? 'empty' : 'default'}
          title={t('common.loadFailed')}
          description={error.message}
        >
          <Button color="primary" onClick={() => void load()}>
            {t('common.retry')}
          </Button>
        </ErrorBlock>
      </div>
    );
  if (!job)
    return (
      <div className="h5-page">
        {header}
        <div className="h5-center">
          <SpinLoading color="primary" />
        </div>
      </div>
    );

  return (
    <div className="h5-page" data-testid="job-page">
      {header}
      <List mode="card">
        <List.Item
          extra={
            <Tag color={stateColor(job)} data-testid="job-state">
              {stateText(t, lang, job)}
            </Tag>
          }
        >
          <div className="h5-name">{job.serviceName}</div>
        </List.Item>
        <List.Item extra={<span data-testid="job-time">{jobTime(job.startsAt, job.endsAt, lang)}</span>}>
          {t('job.time')}
        </List.Item>
        <List.Item extra={<span data-testid="job-district">{job.district ?? '—'}</span>}>
          {t('job.district')}
        </List.Item>
        <List.Item extra={job.customerName}>{t('job.customer')}</List.Item>
        <List.Item extra={job.checklistName}>{t('job.checklist')}</List.Item>
        {job.offer?.open && (
          <List.Item>
            <OfferActions job={job} now={now} onAnswered={() => void load()} />
          </List.Item>
        )}
      </List>

      <List mode="card" header={t('job.address')}>
        {job.address ? (
          <>
            <List.Item>
              <div className="h5-address" data-testid="job-address">
                {job.address.text}
              </div>
              {job.address.accessNotes && (
                <div className="h5-muted">
                  {t('job.accessNotes')}：{job.address.accessNotes}
                </div>
              )}
            </List.Item>
            {job.call && (
              <List.Item>
                <a className="h5-call" href={`tel:${job.call.number}`} data-testid="job-call">
                  <PhoneFill /> {t('job.call')}
                </a>
                {job.call.via && (
                  <div className="h5-muted h5-call-via">{t('job.callVia', { via: job.call.via })}</div>
                )}
              </List.Item>
            )}
          </>
        ) : (
          <List.Item>
            <NoticeBar
              color="info"
              wrap
              content={<span data-testid="job-address-notice">{addressNotice(t, lang, job, now)}</span>}
            />
          </List.Item>
        )}
      </List>
    </div>
  );
}
