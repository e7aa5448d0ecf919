/** /stores: searchable, cursor-paginated store list; create, edit, disable / enable. */
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Input, Select, Space, Table, type TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, PAGE_SIZE } from '../../api';
import { useAuth } from '../../auth';
import { LoadMore } from '../../components/LoadMore';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusTag } from '../../components/StatusTag';
import { ToggleStatus } from '../../components/ToggleStatus';
import { formatTime } from '../../format';
import { useCursorList } from '../../hooks/useCursorList';
import { useI18n } from '../../i18n';
import type { Status, Store } from '../../types';
import { StoreFormModal } from './StoreFormModal';

export function StoresPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const canWrite = can('store.write');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<Status | undefined>();
  const [editing, setEditing] = useState<Store | 'new' | null>(null);

  const fetchPage = useCallback(
    (cursor: string | null) => api.stores.list({ q, status, limit: PAGE_SIZE, cursor }),
    [q, status],
  );
  const list = useCursorList(fetchPage);

  const onSaved = (store: Store, created: boolean) => {
    setEditing(null);
    message.success(t(created ? 'common.created' : 'common.saved'));
    if (created) list.reload(store);
    else list.replace(store);
  };

  const columns: TableColumnsType<Store> = [
    {
      title: t('stores.name'),
      dataIndex: 'name',
      render: (name: string, s) => <Link to={`/stores/${s.id}`}>{name}</Link>,
    },
    { title: t('stores.kind'), dataIndex: 'kind', render: (kind: Store['kind']) => t(`stores.kind.${kind}`) },
    { title: t('stores.phone'), dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
    {
      title: t('stores.address'),
      dataIndex: 'address',
      ellipsis: true,
      render: (v: string | null) => v ?? '—',
    },
    { title: t('common.status'), dataIndex: 'status', render: (s: Status) => <StatusTag status={s} /> },
    { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, store) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(store)}>
            {t('common.edit')}
          </Button>
          <ToggleStatus
            name={store.name}
            status={store.status}
            onToggle={async (action) => list.replace(await api.stores[action](store.id))}
          />
        </Space>
      ),
    });
  }

  return (
    <Card
      title={t('stores.title')}
      extra={
        canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('stores.new')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('stores.search')}
          onSearch={(value) => setQ(value.trim())}
          style={{ width: 280 }}
        />
        <Select<Status>
          allowClear
          placeholder={t('common.allStatuses')}
          value={status}
          onChange={setStatus}
          style={{ width: 140 }}
          options={[
            { value: 'active', label: t('common.active') },
            { value: 'disabled', label: t('common.disabled') },
          ]}
        />
      </Space>
      {list.error && <ProblemAlert error={list.error} onRetry={() => list.reload()} />}
      <Table<Store>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('stores.empty')} /> }}
      />
      <LoadMore
        hasMore={list.hasMore}
        loading={list.loading}
        count={list.items.length}
        onLoadMore={list.loadMore}
      />
      {editing && (
        <StoreFormModal
          store={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={onSaved}
        />
      )}
    </Card>
  );
}
