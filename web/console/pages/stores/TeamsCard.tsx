/** The teams (班组) of one store: table, 新建班组, edit, disable / enable. */
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Space, Table, type TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { api, PAGE_SIZE } from '../../api';
import { useAuth } from '../../auth';
import { LoadMore } from '../../components/LoadMore';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusTag } from '../../components/StatusTag';
import { ToggleStatus } from '../../components/ToggleStatus';
import { useCursorList } from '../../hooks/useCursorList';
import { useI18n } from '../../i18n';
import type { Status, Store, Team } from '../../types';
import { TeamFormModal } from './TeamFormModal';

export function TeamsCard({ store }: { store: Store }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  // A store manager holds team.write (for their store) without store.write.
  const canWrite = can('team.write');
  const [editing, setEditing] = useState<Team | 'new' | null>(null);

  const fetchPage = useCallback(
    (cursor: string | null) => api.teams.list({ storeId: store.id, limit: PAGE_SIZE, cursor }),
    [store.id],
  );
  const list = useCursorList(fetchPage);

  /** Some action endpoints may answer 204; then read the team back. */
  const refreshed = async (team: Team | undefined, teamId: string) => team ?? (await api.teams.get(teamId));

  const onSaved = (team: Team, created: boolean) => {
    setEditing(null);
    message.success(t(created ? 'common.created' : 'common.saved'));
    if (created) list.reload(team);
    else list.replace(team);
  };

  const columns: TableColumnsType<Team> = [
    { title: t('teams.name'), dataIndex: 'name' },
    {
      title: t('teams.supervisor'),
      dataIndex: 'supervisorName',
      render: (name: string | null) => name ?? t('teams.noSupervisor'),
    },
    { title: t('common.status'), dataIndex: 'status', render: (s: Status) => <StatusTag status={s} /> },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, team) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(team)}>
            {t('common.edit')}
          </Button>
          <ToggleStatus
            name={team.name}
            status={team.status}
            onToggle={async (action) =>
              list.replace(await refreshed(await api.teams[action](team.id), team.id))
            }
          />
        </Space>
      ),
    });
  }

  return (
    <Card
      title={t('teams.title')}
      extra={
        canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('teams.new')}
          </Button>
        )
      }
    >
      {list.error && <ProblemAlert error={list.error} onRetry={() => list.reload()} />}
      <Table<Team>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        locale={{ emptyText: <Empty description={t('teams.empty')} /> }}
      />
      <LoadMore
        hasMore={list.hasMore}
        loading={list.loading}
        count={list.items.length}
        onLoadMore={list.loadMore}
      />
      {editing && (
        <TeamFormModal
          storeId={store.id}
          team={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={async (team, teamId, created) => onSaved(await refreshed(team, teamId), created)}
        />
      )}
    </Card>
  );
}
