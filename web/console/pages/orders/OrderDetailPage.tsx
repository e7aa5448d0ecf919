/**
 * /orders/:id: the order's head with its actions, 派单 (visit orders ready to dispatch), and tabs
 * 时间线 / 回访 / 评估 / 报价 / 合同.
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Space, Spin, Tabs } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { type ApiError, asApiError } from '../../../shared/problem';
import { useAuth } from '../../auth';
import { LinkButton } from '../../components/LinkButton';
import { NotFound } from '../../components/NotFound';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { DispatchSection } from '../dispatch/DispatchSection';
import { AssessmentTab } from './AssessmentTab';
import { ordersApi } from './api';
import { CallbacksTab } from './CallbacksTab';
import { ContractTab } from './ContractTab';
import { EmergencyButton } from './EmergencyButton';
import { OrderActions } from './OrderActions';
import { OrderHeader } from './OrderHeader';
import { PlacementPanel } from './PlacementPanel';
import { QuoteTab } from './QuoteTab';
import { TimelineTab } from './TimelineTab';
import type { OrderDetail, Quote } from './types';

export function OrderDetailPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const { id = '' } = useParams();
  const [order, setOrder] = useState<OrderDetail | null>(null);
  const [quotes, setQuotes] = useState<Quote[]>([]);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(() => {
    setError(null);
    ordersApi
      .get(id)
      .then(setOrder)
      .catch((caught: unknown) => setError(asApiError(caught)));
    ordersApi
      .quotes(id)
      .then((r) => setQuotes([...r.items].sort((a, b) => b.version - a.version)))
      .catch(() => setQuotes([]));
  }, [id]);
  useEffect(load, [load]);

  if (error?.status === 404) return <NotFound />;
  const latest = quotes[0];
  const dispatchable =
    order?.mode === 'visit' && (order.status === 'contracted' || order.status === 'dispatched');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <LinkButton to="/orders" type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('orders.title')}
      </LinkButton>
      {error && <ProblemAlert error={error} onRetry={load} />}
      {!order && !error && <Spin size="large" style={{ display: 'block', margin: '10vh auto' }} />}
      {order && (
        <>
          <OrderHeader
            order={order}
            actions={
              <Space wrap>
                <OrderActions order={order} latestQuoteFen={latest?.totalFen ?? null} onChange={setOrder} />
                {(order.mode === 'placement' || !can('dispatch.write')) && (
                  <EmergencyButton order={order} onDone={load} />
                )}
              </Space>
            }
          />
          {dispatchable && can('dispatch.write') && <DispatchSection orderId={order.id} onChanged={load} />}
          {can('dispatch.write') && <PlacementPanel order={order} onChanged={load} />}
          <Card>
            <Tabs
              items={[
                {
                  key: 'timeline',
                  label: t('order.tab.timeline'),
                  children: <TimelineTab events={order.timeline} />,
                },
                {
                  key: 'callbacks',
                  label: t('order.tab.callbacks'),
                  children: <CallbacksTab orderId={order.id} callbacks={order.callbacks} onChanged={load} />,
                },
                {
                  key: 'assessment',
                  label: t('order.tab.assessment'),
                  children: <AssessmentTab order={order} onChanged={load} />,
                },
                {
                  key: 'quotes',
                  label: t('order.tab.quotes'),
                  children: <QuoteTab order={order} quotes={quotes} onChanged={load} />,
                },
                {
                  key: 'contract',
                  label: t('order.tab.contract'),
                  children: <ContractTab order={order} latestQuote={latest} onChanged={load} />,
                },
              ]}
            />
          </Card>
        </>
      )}
    </Space>
  );
}
