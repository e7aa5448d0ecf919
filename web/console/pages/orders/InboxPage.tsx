/** /orders/inbox: orders routed to the store (接单 / 请求澄清) and urgent offers to all stores (抢单). */
import { Card, Empty, Space, Table, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { type ApiError, asApiError } from '../../../shared/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatTime } from '../../format';
import { useI18n } from '../../i18n';
import { ordersApi } from './api';
import { RouteButtons } from './RouteButtons';
import { OrderStatusTag, UrgentTag } from './tags';
import type { OrderDetail, OrderListItem } from './types';
import { useOrderAction } from './useOrderAction';

/** The inbox rows carry no `actions`; routing buttons only need the list fields. */
const asDetail = (o: OrderListItem) => ({ ...o, actions: [] }) as unknown as OrderDetail;

export function InboxPage() {
  const { t } = useI18n();
  const [items, setItems] = useState<OrderListItem[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(() => {
    setLoading(true);
    setError(null);
    ordersApi
      .inbox()
      .then((r) => setItems(r.items))
      .catch((caught: unknown) => setError(asApiError(caught)))
      .finally(() => setLoading(false));
  }, []);
  useEffect(load, [load]);
  const run = useOrderAction(load);

  const columns: TableColumnsType<OrderListItem> = [
    {
      title: t('orders.createdAt'),
      dataIndex: 'createdAt',
      render: (v: string, o) => <Link to={`/orders/${o.id}`}>{formatTime(v)}</Link>,
    },
    {
      title: t('orders.customer'),
      key: 'c',
      render: (_, o) => `${o.customerName ?? '—'} ${o.customerPhone ?? ''}`,
    },
    { title: t('orders.service'), dataIndex: 'serviceName' },
    {
      title: t('order.area'),
      key: 'area',
      render: (_, o) => [o.district, o.community].filter(Boolean).join(' ') || '—',
    },
    {
      title: t('order.window'),
      key: 'when',
      render: (_, o) => (o.windowStart ? formatTime(o.windowStart) : (o.startDate ?? '—')),
    },
    {
      title: t('orders.status'),
      key: 'status',
      render: (_, o) => (
        <Space size={4}>
          <OrderStatusTag status={o.status} />
          <UrgentTag urgent={o.urgent} />
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, o) => (
        <Space>
          <RouteButtons order={asDetail(o)} run={run} onChange={load} />
        </Space>
      ),
    },
  ];

  const table = (rows: OrderListItem[], testId: string) => (
    <Table<OrderListItem>
      rowKey="id"
      data-testid={testId}
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('inbox.empty')} /> }}
    />
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {error && <ProblemAlert error={error} onRetry={load} />}
      <Card title={t('inbox.routed')}>
        {table(
          items.filter((o) => o.routing !== 'offered'),
          'inbox-routed',
        )}
      </Card>
      <Card title={t('inbox.offered')}>
        {table(
          items.filter((o) => o.routing === 'offered'),
          'inbox-offered',
        )}
      </Card>
    </Space>
  );
}
