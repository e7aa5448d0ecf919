/** /callbacks: the agent's own callback queue — 逾期 / 今天 / 即将 — completed with an outcome. */
import { App, Button, Card, Empty, Table, type TableColumnsType, Tabs, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { type ApiError, asApiError } from '../../../shared/problem';
import { useAuth } from '../../auth';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { ordersApi } from './api';
import { CompleteCallbackModal } from './CallbackModals';
import { OrderStatusTag } from './tags';
import type { CallbackQueueItem } from './types';

const DUE = ['overdue', 'today', 'upcoming'] as const;
type Due = (typeof DUE)[number];

export function CallbacksPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const due: Due = DUE.find((d) => d === params.get('due')) ?? 'overdue';
  const [items, setItems] = useState<CallbackQueueItem[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [completing, setCompleting] = useState<string | null>(null);

  const load = useCallback(() => {
    setLoading(true);
    setError(null);
    ordersApi
      .callbacks({ mine: 'true', due })
      .then((r) => setItems(r.items.filter((c) => c.state === 'open')))
      .catch((caught: unknown) => setError(asApiError(caught)))
      .finally(() => setLoading(false));
  }, [due]);
  useEffect(load, [load]);

  const columns: TableColumnsType<CallbackQueueItem> = [
    {
      title: t('callbacks.dueOn'),
      dataIndex: 'dueOn',
      render: (v: string, c) => (c.overdue ? <Tag color="red">{v}</Tag> : v),
    },
    {
      title: t('callbacks.order'),
      key: 'order',
      render: (_, c) => (
        <Link to={`/orders/${c.orderId}`}>
          {c.customerName ?? '—'} · {c.serviceName ?? '—'}
        </Link>
      ),
    },
    {
      title: t('orders.status'),
      dataIndex: 'orderStatus',
      render: (_, c) => <OrderStatusTag status={c.orderStatus} />,
    },
    { title: t('callbacks.reason'), dataIndex: 'reason' },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, c) =>
        can('callback.write') && (
          <Button size="small" type="primary" onClick={() => setCompleting(c.id)}>
            {t('callbacks.complete')}
          </Button>
        ),
    },
  ];

  return (
    <Card title={t('callbacks.title')}>
      <Tabs
        activeKey={due}
        onChange={(key) => setParams({ due: key }, { replace: true })}
        items={DUE.map((d) => ({ key: d, label: t(`callbacks.${d}`) }))}
      />
      {error && <ProblemAlert error={error} onRetry={load} />}
      <Table<CallbackQueueItem>
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('callbacks.empty')} /> }}
      />
      {completing && (
        <CompleteCallbackModal
          callbackId={completing}
          onClose={() => setCompleting(null)}
          onDone={() => {
            message.success(t('common.saved'));
            setCompleting(null);
            load();
          }}
        />
      )}
    </Card>
  );
}
