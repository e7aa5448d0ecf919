/** 时间线: every event of the order, newest last, with who did it and the status change. */
import { Empty, Space, Tag, Timeline, Typography } from 'antd';
import { formatTime } from '../../format';
import { useI18n } from '../../i18n';
import type { OrderEvent } from './types';
import { useUserNames } from './useUserNames';

function summary(data: Record<string, unknown>): string {
  return Object.entries(data)
    .filter(([, v]) => v !== null && v !== undefined && typeof v !== 'object')
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(' · ');
}

export function TimelineTab({ events }: { events: OrderEvent[] }) {
  const { tOr } = useI18n();
  const userName = useUserNames();
  if (!events.length) return <Empty />;
  const status = (s: string | null) => (s ? tOr(`order.status.${s}`, s) : '');
  return (
    <Timeline
      data-testid="timeline"
      items={events.map((e) => ({
        key: e.id,
        content: (
          <Space orientation="vertical" size={0}>
            <Space wrap>
              <Typography.Text strong>
                {tOr(`timeline.${e.action}`, tOr(`order.act.${e.action}`, e.action))}
              </Typography.Text>
              {e.toStatus && e.toStatus !== e.fromStatus && (
                <Tag>
                  {status(e.fromStatus)} → {status(e.toStatus)}
                </Tag>
              )}
              <Typography.Text type="secondary">
                {formatTime(e.at)} · {userName(e.actorUserId)}
              </Typography.Text>
            </Space>
            {summary(e.data) && <Typography.Text type="secondary">{summary(e.data)}</Typography.Text>}
          </Space>
        ),
      }))}
    />
  );
}
