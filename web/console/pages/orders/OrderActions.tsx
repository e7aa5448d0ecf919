/** The action bar of an order: its lifecycle actions by permission, routing actions, cancel. */
import { Button, Input, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../auth';
import { useI18n } from '../../i18n';
import { ordersApi } from './api';
import { yuan } from './money';
import { RouteButtons } from './RouteButtons';
import type { OrderDetail } from './types';
import { useOrderAction } from './useOrderAction';

interface Props {
  order: OrderDetail;
  /** The latest quote's total, the basis of a cancellation fee. */
  latestQuoteFen: number | null;
  onChange: (order: OrderDetail) => void;
}

export function OrderActions({ order, latestQuoteFen, onChange }: Props) {
  const { t } = useI18n();
  const { can } = useAuth();
  const run = useOrderAction(onChange);
  const [reason, setReason] = useState('');
  const has = (action: string) => order.actions.includes(action);

  return (
    <Space wrap data-testid="order-actions">
      {can('order.write') && has('confirm') && (
        <Button type="primary" onClick={() => void run(() => ordersApi.confirm(order.id))}>
          {t('order.act.confirm')}
        </Button>
      )}
      <RouteButtons order={order} run={run} onChange={onChange} />
      {can('order.write') && has('cancel') && (
        <Popconfirm
          title={t('order.act.cancel')}
          description={
            <Space orientation="vertical" style={{ maxWidth: 320 }}>
              <Typography.Text type="secondary">
                {latestQuoteFen != null
                  ? t('order.cancelFee', { amount: yuan(latestQuoteFen) })
                  : t('order.cancelFeeNone')}
              </Typography.Text>
              <Input
                aria-label={t('order.cancelReason')}
                placeholder={t('order.cancelReason')}
                maxLength={500}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </Space>
          }
          okButtonProps={{ disabled: !reason.trim(), danger: true }}
          okText={t('order.act.cancel')}
          cancelText={t('common.cancel')}
          onConfirm={() => run(() => ordersApi.cancel(order.id, reason.trim()))}
        >
          <Button danger>{t('order.act.cancel')}</Button>
        </Popconfirm>
      )}
    </Space>
  );
}
