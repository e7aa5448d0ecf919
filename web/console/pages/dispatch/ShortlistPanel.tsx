/**
 * The shortlist of an order with its 派单 buttons and the "显示被排除的家政员" toggle. A refused
 * assignment (422 naming the broken rules, 409 naming the order that holds the time) goes to the
 * section, which shows the server's words; the shortlist is read again.
 */
import { App, Space, Switch, Typography } from 'antd';
import { useId, useState } from 'react';
import { type ApiError, asApiError } from '../../../shared/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatTime } from '../../format';
import { useI18n } from '../../i18n';
import { dispatchApi } from './api';
import { CandidateTable } from './CandidateTable';
import { ExcludedList } from './ExcludedList';
import type { Assignment, Candidate } from './types';
import { useCandidates } from './useCandidates';

interface Props {
  orderId: string;
  onAssigned: (a: Assignment) => void;
  /** A refused assignment: the section shows the server's words and re-reads the assignments. */
  onRefused: (error: ApiError) => void;
}

export function ShortlistPanel({ orderId, onAssigned, onRefused }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const toggleId = useId();
  const [explain, setExplain] = useState(false);
  const { data, loading, error, reload } = useCandidates(orderId, explain);

  const assign = async (c: Candidate) => {
    try {
      const a = await dispatchApi.assign(orderId, c.workerId);
      message.success(t('dispatch.assigned', { name: a.workerName }));
      onAssigned(a);
    } catch (caught) {
      onRefused(asApiError(caught));
      reload();
    }
  };

  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{t('dispatch.shortlist')}</Typography.Text>
          {data && (
            <Typography.Text type="secondary">
              {t('dispatch.jobTime', {
                start: formatTime(data.job.startsAt),
                end: formatTime(data.job.endsAt, 'HH:mm'),
                latest: formatTime(data.job.latestStart, 'HH:mm'),
              })}
              {' · '}
              {t('dispatch.counts', { eligible: data.eligibleCount, excluded: data.excludedCount })}
            </Typography.Text>
          )}
        </Space>
        <Space size={6}>
          <Switch
            id={toggleId}
            size="small"
            aria-label={t('dispatch.showExcluded')}
            checked={explain}
            onChange={setExplain}
          />
          <label htmlFor={toggleId}>{t('dispatch.showExcluded')}</label>
        </Space>
      </Space>
      {error && <ProblemAlert error={error} onRetry={reload} />}
      <CandidateTable candidates={data?.candidates ?? []} loading={loading} onAssign={assign} />
      {explain && <ExcludedList excluded={data?.excluded ?? []} loading={loading} />}
    </Space>
  );
}
