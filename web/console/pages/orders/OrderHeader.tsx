/** The head of an order: status, routing, urgent, store, owner, customer, service and time. */
import { Card, Descriptions, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatTime } from '../../format';
import { useI18n } from '../../i18n';
import { yuan } from './money';
import { OrderStatusTag, RoutingTag, UrgentTag } from './tags';
import type { OrderDetail } from './types';
import { useUserNames } from './useUserNames';

function timeOf(o: OrderDetail): string {
  if (o.windowStart) return `${formatTime(o.windowStart)} – ${formatTime(o.windowEnd, 'HH:mm')}`;
  return o.startDate ?? '—';
}

export function OrderHeader({ order, actions }: { order: OrderDetail; actions: ReactNode }) {
  const { t } = useI18n();
  const userName = useUserNames();
  const o = order;
  return (
    <Card
      title={
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {o.serviceName ?? '—'} · {o.customerName ?? '—'}
          </Typography.Title>
          <OrderStatusTag status={o.status} />
          <RoutingTag routing={o.routing} />
          <UrgentTag urgent={o.urgent} />
        </Space>
      }
      extra={<Typography.Text type="secondary">{o.id}</Typography.Text>}
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('orders.customer')}>
          <Space size={8}>
            <Link to={`/customers/${o.customerId}`}>{o.customerName ?? '—'}</Link>
            <span>{o.customerPhone ?? ''}</span>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('orders.service')}>
          {o.serviceName ?? '—'}（{t(`order.mode.${o.mode}`)}）
        </Descriptions.Item>
        <Descriptions.Item label={t('order.window')}>{timeOf(o)}</Descriptions.Item>
        <Descriptions.Item label={t('orders.store')}>{o.storeName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('orders.owner')}>{userName(o.ownerAgentId)}</Descriptions.Item>
        <Descriptions.Item label={t('order.channel')}>{t(`order.channel.${o.channel}`)}</Descriptions.Item>
        <Descriptions.Item label={t('order.area')}>
          {[o.district, o.community].filter(Boolean).join(' ') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('order.quantity')}>{o.quantity ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('orders.createdAt')}>{formatTime(o.createdAt)}</Descriptions.Item>
        {o.notes && <Descriptions.Item label={t('order.notes')}>{o.notes}</Descriptions.Item>}
        {o.status === 'cancelled' && (
          <Descriptions.Item label={t('order.act.cancel')}>
            {t('order.cancelInfo', { reason: o.cancelReason ?? '—', fee: yuan(o.cancelFeeFen ?? 0) })}
          </Descriptions.Item>
        )}
      </Descriptions>
      <div style={{ marginTop: 12 }}>{actions}</div>
    </Card>
  );
}
