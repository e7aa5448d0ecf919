/** /users: search, filter by store, cursor pagination; create, edit, reset password, disable / enable. */
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Input, Space, Table, type TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { api, PAGE_SIZE } from '../../api';
import { useAuth } from '../../auth';
import { LoadMore } from '../../components/LoadMore';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RoleTags } from '../../components/RoleTags';
import { StatusTag } from '../../components/StatusTag';
import { StoreSelect } from '../../components/StoreSelect';
import { ToggleStatus } from '../../components/ToggleStatus';
import { formatTime } from '../../format';
import { useCursorList } from '../../hooks/useCursorList';
import { useI18n } from '../../i18n';
import type { RoleAssignment, Status, User } from '../../types';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFormModal } from './UserFormModal';

type Dialog = { kind: 'new' } | { kind: 'edit'; user: User } | { kind: 'password'; user: User } | null;

export function UsersPage() {
  const { t } = useI18n();
  const { can, me, refresh } = useAuth();
  const { message } = App.useApp();
  const canWrite = can('user.write');
  const [q, setQ] = useState('');
  const [storeId, setStoreId] = useState<string | undefined>();
  const [dialog, setDialog] = useState<Dialog>(null);

  const fetchPage = useCallback(
    (cursor: string | null) => api.users.list({ q, storeId, limit: PAGE_SIZE, cursor }),
    [q, storeId],
  );
  const list = useCursorList(fetchPage);

  /** Some endpoints may answer 204; then read the user back. */
  const refreshed = async (user: User | undefined, userId: string) => user ?? (await api.users.get(userId));

  const onSaved = async (user: User | undefined, userId: string, created: boolean) => {
    const saved = await refreshed(user, userId);
    setDialog(null);
    message.success(t(created ? 'common.created' : 'common.saved'));
    if (created) list.reload(saved);
    else list.replace(saved);
    if (saved.id === me?.user.id) await refresh();
  };

  const columns: TableColumnsType<User> = [
    { title: t('users.username'), dataIndex: 'username' },
    { title: t('users.displayName'), dataIndex: 'displayName' },
    { title: t('users.phone'), dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
    {
      title: t('users.roles'),
      dataIndex: 'roles',
      render: (roles: RoleAssignment[]) => <RoleTags roles={roles} />,
    },
    { title: t('common.status'), dataIndex: 'status', render: (s: Status) => <StatusTag status={s} /> },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      render: (v: string | null) => (v ? formatTime(v) : t('users.neverLoggedIn')),
    },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, user) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', user })}>
            {t('common.edit')}
          </Button>
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'password', user })}>
            {t('users.resetPassword')}
          </Button>
          <ToggleStatus
            name={user.displayName}
            status={user.status}
            onToggle={async (action) =>
              list.replace(await refreshed(await api.users[action](user.id), user.id))
            }
          />
        </Space>
      ),
    });
  }

  return (
    <Card
      title={t('users.title')}
      extra={
        canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'new' })}>
            {t('users.new')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('users.search')}
          onSearch={(value) => setQ(value.trim())}
          style={{ width: 280 }}
        />
        <StoreSelect
          allowClear
          placeholder={t('users.allStores')}
          value={storeId}
          onChange={setStoreId}
          style={{ width: 200 }}
        />
      </Space>
      {list.error && <ProblemAlert error={list.error} onRetry={() => list.reload()} />}
      <Table<User>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('users.empty')} /> }}
      />
      <LoadMore
        hasMore={list.hasMore}
        loading={list.loading}
        count={list.items.length}
        onLoadMore={list.loadMore}
      />
      {(dialog?.kind === 'new' || dialog?.kind === 'edit') && (
        <UserFormModal
          user={dialog.kind === 'edit' ? dialog.user : undefined}
          onClose={() => setDialog(null)}
          onSaved={onSaved}
        />
      )}
      {dialog?.kind === 'password' && (
        <ResetPasswordModal
          user={dialog.user}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            message.success(t('users.passwordReset'));
          }}
        />
      )}
    </Card>
  );
}
