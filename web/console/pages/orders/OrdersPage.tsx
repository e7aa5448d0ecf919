/** /orders: the order list with filters in the URL, saved filter presets and 加载更多. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Table, type TableColumnsType } from 'antd';
import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import { PAGE_SIZE } from '../../api';
import { useAuth } from '../../auth';
import { LinkButton } from '../../components/LinkButton';
import { LoadMore } from '../../components/LoadMore';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatTime } from '../../format';
import { useCursorList } from '../../hooks/useCursorList';
import { useI18n } from '../../i18n';
import { ordersApi } from './api';
import { OrderFilters, toOrderQuery, useOrderFilters } from './OrderFilters';
import { SavedFilters } from './SavedFilters';
import { OrderStatusTag, RoutingTag, UrgentTag } from './tags';
import type { OrderListItem } from './types';
import { useUserNames } from './useUserNames';

export function OrdersPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const userName = useUserNames();
  const filterState = useOrderFilters();
  const { filters, replaceAll } = filterState;
  const key = JSON.stringify(filters);

  const fetchPage = useCallback(
    (cursor: string | null) => ordersApi.list({ ...toOrderQuery(JSON.parse(key)), limit: PAGE_SIZE, cursor }),
    [key],
  );
  const list = useCursorList(fetchPage);

  const columns: TableColumnsType<OrderListItem> = [
    {
      title: t('orders.createdAt'),
      dataIndex: 'createdAt',
      render: (v: string, o) => <Link to={`/orders/${o.id}`}>{formatTime(v)}</Link>,
    },
    {
      title: t('orders.customer'),
      key: 'customer',
      render: (_, o) => `${o.customerName ?? '—'} ${o.customerPhone ?? ''}`,
    },
    { title: t('orders.service'), dataIndex: 'serviceName', render: (v: string | null) => v ?? '—' },
    { title: t('orders.store'), dataIndex: 'storeName', render: (v: string | null) => v ?? '—' },
    {
      title: t('orders.status'),
      dataIndex: 'status',
      render: (_, o) => (
        <Space size={4}>
          <OrderStatusTag status={o.status} />
          <UrgentTag urgent={o.urgent} />
        </Space>
      ),
    },
    {
      title: t('orders.routing'),
      dataIndex: 'routing',
      render: (_, o) => <RoutingTag routing={o.routing} />,
    },
    { title: t('orders.owner'), dataIndex: 'ownerAgentId', render: (v: string) => userName(v) },
  ];

  return (
    <Card
      title={t('orders.title')}
      extra={
        <Space>
          <SavedFilters current={filters} onApply={replaceAll} />
          <Button onClick={() => replaceAll({})}>{t('orders.clearFilters')}</Button>
          {can('order.write') && (
            <LinkButton to="/orders/new" type="primary" icon={<PlusOutlined />}>
              {t('orders.new')}
            </LinkButton>
          )}
        </Space>
      }
    >
      <OrderFilters {...filterState} />
      {list.error && <ProblemAlert error={list.error} onRetry={() => list.reload()} />}
      <Table<OrderListItem>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('orders.empty')} /> }}
      />
      <LoadMore
        hasMore={list.hasMore}
        loading={list.loading}
        count={list.items.length}
        onLoadMore={list.loadMore}
      />
    </Card>
  );
}
