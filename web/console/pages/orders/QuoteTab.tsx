/** 报价 (R9): issue a new version, the versions with their state, accept by phone or reject. */
import { App, Button, Empty, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../auth';
import { formatTime } from '../../format';
import { useI18n } from '../../i18n';
import { yuan } from './money';
import { QuoteDecisionModal } from './QuoteDecisionModal';
import { QuoteIssueForm } from './QuoteIssueForm';
import { QuoteLines } from './QuoteLines';
import { QuoteStateTag } from './tags';
import type { OrderDetail, Quote } from './types';

interface Props {
  order: OrderDetail;
  quotes: Quote[];
  onChanged: () => void;
}

export function QuoteTab({ order, quotes, onChanged }: Props) {
  const { t } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [deciding, setDeciding] = useState<{ id: string; decision: 'accept' | 'reject' } | null>(null);
  const writable = can('quote.write');
  const done = () => {
    message.success(t('order.done'));
    setDeciding(null);
    onChanged();
  };

  const columns: TableColumnsType<Quote> = [
    { title: t('quote.version'), dataIndex: 'version', render: (v: number) => `v${v}` },
    { title: t('quote.total'), dataIndex: 'totalFen', render: (v: number) => yuan(v) },
    { title: t('quote.state'), dataIndex: 'state', render: (_, q) => <QuoteStateTag state={q.state} /> },
    { title: t('quote.validUntil'), dataIndex: 'validUntil' },
    {
      title: t('quote.decision'),
      key: 'decision',
      render: (_, q) =>
        q.decidedAt
          ? `${formatTime(q.decidedAt)} · ${q.decidedVia ? t(`quote.via.${q.decidedVia}`) : ''} · ${q.decisionNote ?? ''}`
          : '—',
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, q) =>
        writable && q.state === 'issued' ? (
          <Space>
            <Button size="small" type="primary" onClick={() => setDeciding({ id: q.id, decision: 'accept' })}>
              {t('quote.acceptPhone')}
            </Button>
            <Button size="small" danger onClick={() => setDeciding({ id: q.id, decision: 'reject' })}>
              {t('quote.reject')}
            </Button>
          </Space>
        ) : null,
    },
  ];

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {writable && order.actions.includes('issue_quote') && <QuoteIssueForm order={order} onIssued={done} />}
      {quotes.length === 0 ? (
        <Empty description={t('quote.none')} />
      ) : (
        <Table<Quote>
          rowKey="id"
          size="small"
          data-testid="quotes"
          columns={columns}
          dataSource={quotes}
          pagination={false}
          scroll={{ x: 'max-content' }}
          expandable={{
            defaultExpandedRowKeys: quotes[0] ? [quotes[0].id] : [],
            expandedRowRender: (q) => (
              <div style={{ maxWidth: 520 }}>
                <Typography.Text type="secondary">{t('quote.lines')}</Typography.Text>
                <QuoteLines
                  lines={q.lines}
                  totalFen={q.totalFen}
                  monthlyTotalFen={q.monthlyTotalFen}
                  firstPaymentFen={q.firstPaymentFen}
                />
              </div>
            ),
          }}
        />
      )}
      {deciding && (
        <QuoteDecisionModal
          quoteId={deciding.id}
          decision={deciding.decision}
          onDone={done}
          onClose={() => setDeciding(null)}
        />
      )}
    </Space>
  );
}
