/** Beside the board: the orders the plan left out (with why) and each accepted item's result. */
import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { List, Space, Typography } from 'antd';
import { useI18n } from '../../i18n';
import type { OpenOrder } from './types';
import type { DraftPlan } from './usePlan';

export function PlanResults({ draft, orders }: { draft: DraftPlan; orders: Map<string, OpenOrder> }) {
  const { t } = useI18n();
  const name = (orderId: string) => orders.get(orderId)?.serviceName ?? orderId;
  const results = [...draft.results.values()];
  const ok = results.filter((r) => r.ok).length;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {draft.plan.unassigned.length > 0 && (
        <section aria-label={t('board.unassigned')} data-testid="plan-unassigned">
          <Typography.Title level={5}>{t('board.unassigned')}</Typography.Title>
          <List
            size="small"
            bordered
            dataSource={draft.plan.unassigned}
            renderItem={(u) => (
              <List.Item data-order={u.orderId}>
                <Space orientation="vertical" size={0}>
                  <Typography.Text>{name(u.orderId)}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {u.reason}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </section>
      )}
      {results.length > 0 && (
        <section aria-label={t('board.results')} data-testid="plan-results">
          <Typography.Title level={5}>{t('board.results')}</Typography.Title>
          <Typography.Text type="secondary">
            {t('board.resultsSummary', { ok, failed: results.length - ok })}
          </Typography.Text>
          <List
            size="small"
            bordered
            dataSource={results}
            renderItem={(r) => (
              <List.Item data-order={r.orderId} data-ok={r.ok ? 'true' : 'false'}>
                <Space align="start">
                  {r.ok ? (
                    <CheckCircleTwoTone twoToneColor="#52c41a" />
                  ) : (
                    <CloseCircleTwoTone twoToneColor="#ff4d4f" />
                  )}
                  <Space orientation="vertical" size={0}>
                    <Typography.Text>{name(r.orderId)}</Typography.Text>
                    <Typography.Text type={r.ok ? 'success' : 'danger'} style={{ fontSize: 12 }}>
                      {r.ok ? t('board.resultOk', { name: r.assignment.workerName }) : r.detail || r.title}
                    </Typography.Text>
                  </Space>
                </Space>
              </List.Item>
            )}
          />
        </section>
      )}
    </Space>
  );
}
