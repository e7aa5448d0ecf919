/**
 * 换人 on a placement: the history (who replaced whom, why, counted against the contract's quota or
 * not, a store manager's override), "已用 1/3 次", and 申请换人 while a worker is in trial or in
 * service.
 */
import { App, Button, Empty, Space, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { formatTime } from '../../format';
import { useI18n } from '../../i18n';
import type { ReplacementList, ReplacementView } from './placement-api';
import { ReplaceModal } from './ReplaceModal';

interface Props {
  orderId: string;
  data: ReplacementList | null;
  loading: boolean;
  /** Trial or in service: 申请换人 is possible. */
  canRequest: boolean;
  onReplaced: () => void;
}

export function ReplacementsCard({ orderId, data, loading, canRequest, onReplaced }: Props) {
  const { t, tOr } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const columns: TableColumnsType<ReplacementView> = [
    { title: t('placing.when'), dataIndex: 'createdAt', render: (at: string) => formatTime(at) },
    {
      title: t('placing.replaceWho'),
      key: 'who',
      render: (_v, r) => `${r.fromWorkerName ?? '—'} → ${r.toWorkerName ?? '—'}`,
    },
    {
      title: t('placing.replaceKind'),
      dataIndex: 'kind',
      render: (_v, r) => <Tag>{tOr(`placing.kind.${r.kind}`, r.kindLabel)}</Tag>,
    },
    { title: t('placing.replaceReason'), dataIndex: 'reason' },
    {
      title: t('placing.counted'),
      key: 'counted',
      render: (_v, r) => (
        <Space size={4} wrap>
          <Tag color={r.counted ? 'blue' : 'default'} data-counted={r.counted}>
            {r.counted ? t('placing.counted') : t('placing.notCounted')}
          </Tag>
          {r.override && (
            <Tooltip title={r.override.reason}>
              <Tag color="orange">{t('placing.override', { reason: r.override.reason })}</Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }} data-testid="placing-replacements">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space>
          <Typography.Text strong>{t('placing.replacements')}</Typography.Text>
          {data && (
            <Tag color={data.left <= 0 ? 'red' : 'blue'}>
              {t('placing.quotaUsed', { used: data.used, quota: data.quota })}
            </Tag>
          )}
        </Space>
        {canRequest && data && <Button onClick={() => setOpen(true)}>{t('placing.replace')}</Button>}
      </Space>
      <Table<ReplacementView>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('placing.noReplacements')} /> }}
      />
      {open && data && (
        <ReplaceModal
          orderId={orderId}
          quota={data}
          onClose={() => setOpen(false)}
          onDone={(left) => {
            setOpen(false);
            message.success(t('placing.replaced', { left }));
            onReplaced();
          }}
        />
      )}
    </Space>
  );
}
