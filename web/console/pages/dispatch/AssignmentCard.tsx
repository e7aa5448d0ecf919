/** The order's live assignment: worker, time, state, when the address is released; 取消派单. */
import { Button, Card, Descriptions, Space } from 'antd';
import { Link } from 'react-router-dom';
import { formatTime } from '../../format';
import { useI18n } from '../../i18n';
import { ScoreParts } from './CandidateTable';
import { AssignmentStateTag } from './tags';
import type { Assignment } from './types';

export const timeRange = (a: { startsAt: string; endsAt: string }) =>
  `${formatTime(a.startsAt)} – ${formatTime(a.endsAt, 'HH:mm')}`;

interface Props {
  assignment: Assignment;
  onCancel: () => void;
  /** 紧急换人 (no-show, accident), for an assignment the worker has taken. */
  onEmergency?: () => void;
}

export function AssignmentCard({ assignment: a, onCancel, onEmergency }: Props) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      type="inner"
      title={t('dispatch.current')}
      data-testid="dispatch-current"
      extra={
        <Space size={4}>
          {onEmergency && a.state === 'active' && (
            <Button size="small" onClick={onEmergency}>
              {t('dispatch.emergency')}
            </Button>
          )}
          <Button danger size="small" onClick={onCancel}>
            {t('dispatch.cancel')}
          </Button>
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('dispatch.worker')}>
          <Link to={`/workers/${a.workerId}`}>{a.workerName}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('dispatch.state')}>
          <AssignmentStateTag assignment={a} />
        </Descriptions.Item>
        <Descriptions.Item label={t('dispatch.time')}>{timeRange(a)}</Descriptions.Item>
        {a.score != null && (
          <Descriptions.Item label={t('dispatch.score')}>{Math.round(a.score)}</Descriptions.Item>
        )}
        {a.releaseFrom && (
          <Descriptions.Item label={t('stores.address')} span={2}>
            {t('dispatch.release', { time: formatTime(a.releaseFrom) })}
          </Descriptions.Item>
        )}
        {a.state === 'offered' && a.offerExpiresAt && (
          <Descriptions.Item label={t('assignment.note')} span={2}>
            {t('dispatch.offerExpires', { time: formatTime(a.offerExpiresAt) })}
          </Descriptions.Item>
        )}
        {a.scoreParts.length > 0 && (
          <Descriptions.Item label={t('dispatch.parts')} span={2}>
            <ScoreParts parts={a.scoreParts} />
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
