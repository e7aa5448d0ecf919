/** The day's visit orders still waiting for a worker, beside the board. */
import { Empty, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n';
import { hm, minuteOf } from './board-model';
import type { OpenOrder } from './types';

export function OpenOrdersList({ date, orders }: { date: string; orders: OpenOrder[] }) {
  const { t } = useI18n();
  return (
    <section aria-label={t('board.openOrders')} data-testid="board-open-orders">
      <Typography.Title level={5}>
        {t('board.openOrders')} <Tag>{orders.length}</Tag>
      </Typography.Title>
      <List
        size="small"
        bordered
        dataSource={orders}
        locale={{ emptyText: <Empty description={t('board.noOpenOrders')} /> }}
        renderItem={(o) => (
          <List.Item data-order={o.id}>
            <Space orientation="vertical" size={0}>
              <Space size={4} wrap>
                <Link to={`/orders/${o.id}`}>{o.serviceName}</Link>
                {o.urgent && <Tag color="red">{t('board.urgent')}</Tag>}
              </Space>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[o.district, t('board.duration', { minutes: o.durationMinutes })]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('board.window', {
                  start: hm(minuteOf(date, o.windowStart)),
                  latest: hm(minuteOf(date, o.latestStart)),
                })}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </section>
  );
}
