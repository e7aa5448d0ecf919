/**
 * The proposed jobs as a list: the keyboard way to do what dragging does — choose another worker
 * (改派给) or another start (15-minute steps inside the order's window) — with any conflict in red.
 */
import { List, Select, Space, Typography } from 'antd';
import { useI18n } from '../../i18n';
import { conflictsOf, hm, isoAt, minuteOf, SNAP_MINUTES, spanOf } from './board-model';
import { useConflictText } from './PlanBlock';
import type { Board, OpenOrder, PlanItem } from './types';
import type { DraftPlan } from './usePlan';

interface Props {
  board: Board;
  draft: DraftPlan;
  orders: Map<string, OpenOrder>;
  onMove: (orderId: string, worker: { id: string; name: string }, startsAt: string) => void;
}

/** Starts every 15 minutes from the window's first start to its latest (the current one kept). */
function startOptions(date: string, item: PlanItem, order: OpenOrder | undefined) {
  const current = spanOf(date, item).start;
  if (!order) return [{ value: current, label: hm(current) }];
  const first = minuteOf(date, order.windowStart);
  const last = minuteOf(date, order.latestStart);
  const values = new Set<number>([current]);
  for (let m = Math.ceil(first / SNAP_MINUTES) * SNAP_MINUTES; m <= last; m += SNAP_MINUTES) values.add(m);
  values.add(first);
  return [...values].sort((a, b) => a - b).map((value) => ({ value, label: hm(value) }));
}

export function PlanList({ board, draft, orders, onMove }: Props) {
  const { t } = useI18n();
  const conflictText = useConflictText();
  const date = board.date;
  const items = draft.items.filter((i) => draft.results.get(i.orderId)?.ok !== true);
  if (items.length === 0) return null;
  const workers = board.workers.map((w) => ({ value: w.id, label: w.name }));

  return (
    <section aria-label={t('board.planList')} data-testid="plan-list">
      <Typography.Title level={5}>{t('board.planList')}</Typography.Title>
      <List
        size="small"
        bordered
        dataSource={items}
        renderItem={(item) => {
          const order = orders.get(item.orderId);
          const name = order?.serviceName ?? item.orderId;
          const worker = board.workers.find((w) => w.id === item.workerId);
          const result = draft.results.get(item.orderId);
          const problems = [
            ...(result && !result.ok ? [result.detail || result.title] : []),
            ...(worker ? conflictsOf(date, item, worker, draft.items, orders).map(conflictText) : []),
          ];
          return (
            <List.Item data-order={item.orderId}>
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                <Typography.Text strong>{name}</Typography.Text>
                <Space size={4} wrap>
                  <Select
                    size="small"
                    aria-label={t('board.moveLabel', { name })}
                    value={item.workerId}
                    options={workers}
                    style={{ width: 110 }}
                    onChange={(id: string) => {
                      const w = board.workers.find((x) => x.id === id);
                      if (w) onMove(item.orderId, w, item.startsAt);
                    }}
                  />
                  <Select
                    size="small"
                    aria-label={t('board.startLabel', { name })}
                    value={spanOf(date, item).start}
                    options={startOptions(date, item, order)}
                    style={{ width: 90 }}
                    onChange={(m: number) =>
                      onMove(item.orderId, { id: item.workerId, name: item.workerName }, isoAt(date, m))
                    }
                  />
                </Space>
                {problems.map((p) => (
                  <Typography.Text key={p} type="danger" style={{ fontSize: 12 }}>
                    {p}
                  </Typography.Text>
                ))}
              </Space>
            </List.Item>
          );
        }}
      />
    </section>
  );
}
