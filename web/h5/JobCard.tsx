/** One job on 我的工作: service, time, district, state, checklist; an open offer gets 接单 / 拒单. */
import { Button, Card, Dialog, Tag, Toast } from 'antd-mobile';
import { ClockCircleOutline, EnvironmentOutline, FileOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { asApiError } from '../shared/problem';
import { api, type WorkerJob } from './api';
import { DeclineDialog } from './DeclineDialog';
import { type T, useI18n } from './i18n';
import { jobTime } from './job-time';
import { messages } from './messages';

export const stateColor = (job: WorkerJob) =>
  job.offer?.open
    ? 'warning'
    : job.state === 'active'
      ? 'primary'
      : job.state === 'offered'
        ? 'default'
        : job.state === 'done'
          ? 'success'
          : 'default';

/** The state in the current language; the server's Chinese label when the dictionary has none. */
export function stateText(t: T, lang: string, job: WorkerJob): string {
  if (lang !== 'en') return job.stateLabel;
  const key = (
    job.offer && !job.offer.open ? 'jobState.timedOut' : `jobState.${job.state}`
  ) as Parameters<T>[0];
  return key in messages ? t(key) : job.stateLabel;
}

/** 剩余 25 分钟 答复 — or 已超时 once the server's now passes the deadline. */
export function timeLeft(t: T, expiresAt: string, now: number): string {
  const ms = Date.parse(expiresAt) - now;
  if (ms <= 0) return t('job.expired');
  const total = Math.max(1, Math.ceil(ms / 60_000));
  const h = Math.floor(total / 60);
  const m = total % 60;
  return t('job.timeLeft', { time: h ? t('job.hoursMinutes', { h, m }) : t('job.minutes', { m }) });
}

/** 接单 / 拒单 for an open offer, with the time left to answer. */
export function OfferActions({
  job,
  now,
  onAnswered,
}: {
  job: WorkerJob;
  now: number | null;
  onAnswered: () => void;
}) {
  const { t } = useI18n();
  const [declining, setDeclining] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!job.offer?.open) return null;

  const accept = async () => {
    const ok = await Dialog.confirm({
      content: t('job.acceptConfirm'),
      confirmText: t('job.accept'),
      cancelText: t('common.cancel'),
    });
    if (!ok) return;
    setBusy(true);
    try {
      await api.acceptJob(job.id);
      Toast.show({ icon: 'success', content: t('job.accepted') });
    } catch (caught) {
      Toast.show({ icon: 'fail', content: asApiError(caught).message });
    } finally {
      setBusy(false);
      onAnswered();
    }
  };
  const decline = async (reason: string) => {
    try {
      await api.declineJob(job.id, reason);
    } catch (caught) {
      throw new Error(asApiError(caught).message);
    }
    setDeclining(false);
    Toast.show({ icon: 'success', content: t('job.declined') });
    onAnswered();
  };

  return (
    // Taps here must not open the job page underneath.
    // biome-ignore lint/a11y/noStaticElementInteractions: only stops the click from bubbling
    // biome-ignore lint/a11y/useKeyWithClickEvents: only stops the click from bubbling
    <div className="h5-offer" onClick={(e) => e.stopPropagation()} data-testid="job-offer">
      {job.offer.expiresAt && now !== null && (
        <div className="h5-offer-left" data-testid="job-time-left">
          <ClockCircleOutline /> {timeLeft(t, job.offer.expiresAt, now)}
        </div>
      )}
      <div className="h5-row-actions">
        <Button block disabled={busy} onClick={() => setDeclining(true)}>
          {t('job.decline')}
        </Button>
        <Button block color="primary" loading={busy} onClick={accept}>
          {t('job.accept')}
        </Button>
      </div>
      <DeclineDialog visible={declining} onClose={() => setDeclining(false)} onSubmit={decline} />
    </div>
  );
}

export function JobCard({
  job,
  now,
  onOpen,
  onAnswered,
}: {
  job: WorkerJob;
  now: number | null;
  onOpen: () => void;
  onAnswered: () => void;
}) {
  const { t, lang } = useI18n();
  return (
    <Card
      className="h5-card h5-job-card"
      data-testid="job-card"
      title={<span className="h5-name">{job.serviceName}</span>}
      extra={
        <Tag color={stateColor(job)} data-testid="job-state">
          {stateText(t, lang, job)}
        </Tag>
      }
      onClick={onOpen}
    >
      <div className="h5-job-lines">
        <div data-testid="job-time">
          <ClockCircleOutline /> {jobTime(job.startsAt, job.endsAt, lang)}
        </div>
        <div data-testid="job-district">
          <EnvironmentOutline /> {job.district ?? '—'} · {t('job.customer')} {job.customerName}
        </div>
        <div className="h5-muted">
          <FileOutline /> {t('job.checklist')} · {job.checklistName}
        </div>
      </div>
      <OfferActions job={job} now={now} onAnswered={onAnswered} />
    </Card>
  );
}
