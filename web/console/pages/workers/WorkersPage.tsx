/** /workers: the worker list with filters (status, tier, skill, store, trust, expiring, search). */
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import { buildUrl } from '../../../shared/http';
import { PAGE_SIZE } from '../../api';
import { useAuth } from '../../auth';
import { LinkButton } from '../../components/LinkButton';
import { LoadMore } from '../../components/LoadMore';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useCursorList } from '../../hooks/useCursorList';
import { useStoreNames } from '../../hooks/useStoreNames';
import { useI18n } from '../../i18n';
import { workersApi } from './api';
import { ExpiryDate, SkillTags, TierTag, TrustTag, WorkerStatusTag } from './tags';
import type { WorkerListItem } from './types';
import { useWorkerFilters, WorkerFilters } from './WorkerFilters';

export function WorkersPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const storeName = useStoreNames();
  const filterState = useWorkerFilters();
  const { q, status, tier, skillId, storeId, trust, expiring, sort } = filterState.filters;

  const fetchPage = useCallback(
    (cursor: string | null) =>
      workersApi.list({ q, status, tier, skillId, storeId, trust, expiring, sort, limit: PAGE_SIZE, cursor }),
    [q, status, tier, skillId, storeId, trust, expiring, sort],
  );
  const list = useCursorList(fetchPage);

  const columns: TableColumnsType<WorkerListItem> = [
    {
      title: t('workers.name'),
      dataIndex: 'name',
      fixed: 'left',
      render: (name: string, w) => <Link to={`/workers/${w.id}`}>{name}</Link>,
    },
    {
      title: t('workers.age'),
      key: 'age',
      render: (_, w) => `${t(`workers.gender.${w.gender}`)} · ${t('workers.ageValue', { age: w.age })}`,
    },
    { title: t('workers.nativePlace'), dataIndex: 'nativePlace' },
    { title: t('workers.store'), dataIndex: 'storeId', render: (id: string) => storeName(id) },
    {
      title: t('workers.tier'),
      dataIndex: 'tier',
      render: (v: WorkerListItem['tier']) => <TierTag tier={v} />,
    },
    {
      title: t('workers.status'),
      dataIndex: 'status',
      render: (v: WorkerListItem['status']) => <WorkerStatusTag status={v} />,
    },
    {
      title: t('workers.trust'),
      dataIndex: 'trust',
      render: (v: WorkerListItem['trust']) => <TrustTag trust={v} />,
    },
    {
      title: t('workers.skills'),
      dataIndex: 'skills',
      width: 240,
      render: (v: WorkerListItem['skills']) => <SkillTags skills={v} />,
    },
    { title: t('workers.phone'), dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
    {
      title: t('workers.nextExpiry'),
      dataIndex: 'nextExpiry',
      render: (v: string | null) => (v ? <ExpiryDate day={v} /> : '—'),
    },
    {
      title: t('workers.rating'),
      key: 'rating',
      render: (_, w) =>
        w.ratingAvg === null ? (
          <Typography.Text type="secondary">{t('workers.noRating')}</Typography.Text>
        ) : (
          t('workers.ratingValue', { avg: w.ratingAvg.toFixed(1), count: w.ratingCount })
        ),
    },
  ];

  return (
    <Card
      title={t('workers.title')}
      extra={
        <Space>
          {/* the server sends the roster with contact data masked, filtered like the list */}
          <Button
            icon={<DownloadOutlined />}
            href={buildUrl('/api/v1/workers/export.xlsx', {
              q,
              status,
              tier,
              skillId,
              storeId,
              trust,
              expiring,
              sort,
            })}
          >
            {t('workers.export')}
          </Button>
          {can('worker.write') && (
            <LinkButton to="/workers/new" type="primary" icon={<PlusOutlined />}>
              {t('workers.new')}
            </LinkButton>
          )}
        </Space>
      }
    >
      <WorkerFilters {...filterState} />
      {list.error && <ProblemAlert error={list.error} onRetry={() => list.reload()} />}
      <Table<WorkerListItem>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('workers.empty')} /> }}
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
