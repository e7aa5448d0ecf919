/** /workers/expiring: the work queue of documents expiring within 30 days, soonest first. */
import { Card, Empty, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { type ApiError, asApiError } from '../../../shared/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StoreSelect } from '../../components/StoreSelect';
import { useStoreNames } from '../../hooks/useStoreNames';
import { useI18n } from '../../i18n';
import { workersApi } from './api';
import type { ExpiringItem } from './types';

const rowColor = (daysLeft: number) => (daysLeft < 0 ? 'red' : daysLeft <= 7 ? 'orange' : 'gold');

export function ExpiringPage() {
  const { t } = useI18n();
  const storeName = useStoreNames();
  const [storeId, setStoreId] = useState<string | undefined>();
  const [items, setItems] = useState<ExpiringItem[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(() => {
    let alive = true;
    setLoading(true);
    setError(null);
    workersApi
      .expiring(storeId)
      .then((body) => {
        if (alive) setItems([...body.items].sort((a, b) => a.expiresOn.localeCompare(b.expiresOn)));
      })
      .catch((caught: unknown) => alive && setError(asApiError(caught)))
      .finally(() => alive && setLoading(false));
    return () => {
      alive = false;
    };
  }, [storeId]);

  useEffect(() => load(), [load]);

  const left = (n: number) =>
    n < 0 ? t('expiring.expiredDays', { n: -n }) : n === 0 ? t('expiring.today') : t('expiring.days', { n });

  const columns: TableColumnsType<ExpiringItem> = [
    {
      title: t('expiring.worker'),
      dataIndex: 'workerName',
      render: (name: string, item) => <Link to={`/workers/${item.workerId}?tab=credentials`}>{name}</Link>,
    },
    { title: t('workers.store'), dataIndex: 'storeId', render: (id: string) => storeName(id) },
    {
      title: t('expiring.what'),
      dataIndex: 'what',
      render: (w: ExpiringItem['what']) => t(`expiring.what.${w}`),
    },
    { title: t('cert.name'), dataIndex: 'name' },
    {
      title: t('expiring.expiresOn'),
      dataIndex: 'expiresOn',
      render: (day: string, item) => <Tag color={rowColor(item.daysLeft)}>{day}</Tag>,
    },
    {
      title: t('expiring.daysLeft'),
      dataIndex: 'daysLeft',
      render: (n: number) => (
        <Tag color={rowColor(n)} data-expiry={n < 0 ? 'expired' : n <= 7 ? 'urgent' : 'soon'}>
          {left(n)}
        </Tag>
      ),
    },
  ];

  return (
    <Card title={t('expiring.title')}>
      <Space wrap style={{ marginBottom: 16 }}>
        <StoreSelect
          allowClear
          placeholder={t('workers.allStores')}
          value={storeId}
          onChange={setStoreId}
          style={{ width: 200 }}
        />
      </Space>
      {error && <ProblemAlert error={error} onRetry={load} />}
      <Table<ExpiringItem>
        rowKey={(item) => `${item.workerId}:${item.what}:${item.name}:${item.expiresOn}`}
        columns={columns}
        dataSource={items}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('expiring.empty')} /> }}
      />
    </Card>
  );
}
