/**
 * /dispatch/board (调度看板): a store's day — workers × hours 06:00–22:00 with their bookings, the
 * open orders beside; 生成方案 draws a proposed plan as dashed blocks the dispatcher can drag to
 * another worker or time, then accept in part or in full.
 */
import { Alert, App, Card, DatePicker, Flex, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StoreSelect } from '../../components/StoreSelect';
import { useI18n } from '../../i18n';
import { BoardGrid } from './BoardGrid';
import { BoardLegend } from './BoardLegend';
import { tomorrow } from './board-model';
import { OpenOrdersList } from './OpenOrdersList';
import { PlanList } from './PlanList';
import { PlanResults } from './PlanResults';
import { PlanToolbar } from './PlanToolbar';
import type { OpenOrder } from './types';
import { useBoard } from './useBoard';
import { usePlan } from './usePlan';

export function BoardPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? tomorrow();
  const storeId = params.get('storeId') ?? undefined;
  const { board, loading, error, reload } = useBoard(date, storeId);
  const plan = usePlan(date, storeId);
  const { discard } = plan;

  const set = (key: 'date' | 'storeId', value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  // A plan belongs to one day and store.
  // biome-ignore lint/correctness/useExhaustiveDependencies: discard when the day or the store changes
  useEffect(() => discard(), [date, storeId, discard]);

  // Orders stay named after they leave the open list (accepted ones).
  const known = useRef(new Map<string, OpenOrder>());
  const orders = useMemo(() => {
    for (const o of board?.openOrders ?? []) known.current.set(o.id, o);
    return new Map(known.current);
  }, [board]);

  const accept = async (onlySelected: boolean) => {
    const results = await plan.accept(onlySelected);
    if (!results) return;
    const ok = results.filter((r) => r.ok).length;
    const summary = t('board.resultsSummary', { ok, failed: results.length - ok });
    if (ok === results.length) message.success(summary);
    else message.warning(summary);
    reload();
  };

  return (
    <Card title={t('board.title')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <StoreSelect
            allowClear
            aria-label={t('board.store')}
            placeholder={t('board.allStores')}
            value={storeId}
            onChange={(v) => set('storeId', v)}
            style={{ width: 200 }}
          />
          <DatePicker
            aria-label={t('board.date')}
            allowClear={false}
            value={dayjs(date)}
            onChange={(d) => set('date', d ? d.format('YYYY-MM-DD') : undefined)}
          />
          <PlanToolbar
            draft={plan.draft}
            busy={plan.busy}
            disabled={!board}
            onGenerate={() => void plan.generate()}
            onAccept={(only) => void accept(only)}
            onDiscard={discard}
          />
        </Space>
        <Space wrap size="middle">
          <BoardLegend />
          {plan.draft && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('board.dragHint')}
            </Typography.Text>
          )}
        </Space>
        {error &&
          (error.status === 404 ? (
            <Alert type="info" showIcon title={t('dispatch.unavailable')} description={error.message} />
          ) : (
            <ProblemAlert error={error} onRetry={reload} />
          ))}
        {plan.error && <ProblemAlert error={plan.error} />}
        <Flex gap={16} wrap align="flex-start">
          <div style={{ flex: '1 1 640px', minWidth: 0 }}>
            {loading && !board && <Spin style={{ display: 'block', margin: '48px auto' }} />}
            {board && (
              <Spin spinning={loading}>
                <BoardGrid
                  board={board}
                  draft={plan.draft}
                  orders={orders}
                  onMove={plan.move}
                  onToggle={plan.toggle}
                />
              </Spin>
            )}
          </div>
          <div style={{ flex: '0 1 300px', minWidth: 260 }}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              {plan.draft && <PlanResults draft={plan.draft} orders={orders} />}
              {plan.draft && board && (
                <PlanList board={board} draft={plan.draft} orders={orders} onMove={plan.move} />
              )}
              {board && <OpenOrdersList date={board.date} orders={board.openOrders} />}
            </Space>
          </div>
        </Flex>
      </Space>
    </Card>
  );
}
