/** /audit: who did what, when; filters, cursor pagination, payload in an expandable row. */
import { Card, Empty, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { shanghaiDayEnd, shanghaiDayStart } from '../../../shared/time';
import { api, PAGE_SIZE } from '../../api';
import { LoadMore } from '../../components/LoadMore';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatTime } from '../../format';
import { useCursorList } from '../../hooks/useCursorList';
import { useI18n } from '../../i18n';
import type { AuditEntry } from '../../types';
import { AuditFilters, type AuditFilterValues } from './AuditFilters';
import { PayloadView } from './PayloadView';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 12 } as const;

export function AuditPage() {
  const { t, tOr } = useI18n();
  const [filters, setFilters] = useState<AuditFilterValues>({});

  const fetchPage = useCallback(
    (cursor: string | null) => {
      const [start, end] = filters.range ?? [null, null];
      return api.audit.list({
        entityType: filters.entityType,
        actorUserId: filters.actorUserId,
        from: start ? shanghaiDayStart(start) : undefined,
        to: end ? shanghaiDayEnd(end) : undefined,
        limit: PAGE_SIZE,
        cursor,
      });
    },
    [filters],
  );
  const list = useCursorList(fetchPage);

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.at'), dataIndex: 'at', render: (v: string) => formatTime(v, 'YYYY-MM-DD HH:mm:ss') },
    {
      title: t('audit.actor'),
      dataIndex: 'actorName',
      render: (name: string | null, entry) => name ?? (entry.actorUserId || t('audit.system')),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      render: (action: string) => (
        <Tooltip title={<span style={mono}>{action}</span>}>
          <Tag>{tOr(`audit.action.${action}`, action)}</Tag>
        </Tooltip>
      ),
    },
    {
      title: t('audit.entityType'),
      dataIndex: 'entityType',
      render: (type: string) => tOr(`entity.${type}`, type),
    },
    {
      title: t('audit.entityId'),
      dataIndex: 'entityId',
      render: (v: string) => (
        <Typography.Text style={mono} copyable={{ text: v }}>
          {v}
        </Typography.Text>
      ),
    },
    {
      title: t('audit.requestId'),
      dataIndex: 'requestId',
      render: (v: string | null) => (v ? <span style={mono}>{v}</span> : '—'),
    },
  ];

  return (
    <Card title={t('audit.title')}>
      <AuditFilters value={filters} onChange={setFilters} />
      {list.error && <ProblemAlert error={list.error} onRetry={() => list.reload()} />}
      <Table<AuditEntry>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (entry) => <PayloadView payload={entry.payload} /> }}
        locale={{ emptyText: <Empty description={t('audit.empty')} /> }}
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
