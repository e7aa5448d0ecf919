/** The board: hours across, one row per worker with her bookings and the plan's proposed jobs. */
import { Empty } from 'antd';
import { useI18n } from '../../i18n';
import { BookingBlock } from './BookingBlock';
import { conflictsOf, isoAt, lanesOf, placeStart, spanOf } from './board-model';
import { HourHeader } from './HourHeader';
import { PlanBlock } from './PlanBlock';
import type { Board as BoardData, BoardWorker, OpenOrder } from './types';
import type { DraftPlan } from './usePlan';
import { WorkerRow } from './WorkerRow';

interface Props {
  board: BoardData;
  draft: DraftPlan | null;
  orders: Map<string, OpenOrder>;
  onMove: (orderId: string, worker: { id: string; name: string }, startsAt: string) => void;
  onToggle: (orderId: string, on: boolean) => void;
}

export function BoardGrid({ board, draft, orders, onMove, onToggle }: Props) {
  const { t } = useI18n();
  const date = board.date;
  if (board.workers.length === 0) return <Empty description={t('board.noWorkers')} />;

  const booked = new Set(board.workers.flatMap((w) => w.bookings.map((b) => b.orderId)));
  // An accepted job shows as the booking the board now holds; until reloaded, as a solid plan block.
  const items = (draft?.items ?? []).filter(
    (i) => !(draft?.results.get(i.orderId)?.ok && booked.has(i.orderId)),
  );

  const drop = (orderId: string, worker: BoardWorker, minute: number) => {
    const item = items.find((i) => i.orderId === orderId);
    if (!item || draft?.results.get(orderId)?.ok) return;
    const start = placeStart(date, minute, orders.get(orderId));
    onMove(orderId, worker, isoAt(date, start));
  };

  return (
    <div style={{ overflowX: 'auto', border: '1px solid #f0f0f0', borderRadius: 6 }}>
      <section aria-label={t('board.title')} style={{ width: 'max-content', minWidth: '100%' }}>
        <HourHeader label={t('board.workers')} />
        {board.workers.map((w) => {
          const mine = items.filter((i) => i.workerId === w.id);
          const { lane, count } = lanesOf([
            ...w.bookings.map((b) => ({ key: b.id, span: spanOf(date, b) })),
            ...mine.map((i) => ({ key: i.orderId, span: spanOf(date, i) })),
          ]);
          return (
            <WorkerRow key={w.id} worker={w} lanes={count} onDrop={drop}>
              {w.bookings.map((b) => (
                <BookingBlock key={b.id} date={date} booking={b} lane={lane.get(b.id) ?? 0} />
              ))}
              {mine.map((i) => (
                <PlanBlock
                  key={i.orderId}
                  date={date}
                  item={i}
                  order={orders.get(i.orderId)}
                  conflicts={draft?.results.get(i.orderId)?.ok ? [] : conflictsOf(date, i, w, items, orders)}
                  result={draft?.results.get(i.orderId)}
                  selected={draft?.selected.has(i.orderId) ?? false}
                  lane={lane.get(i.orderId) ?? 0}
                  onToggle={(on) => onToggle(i.orderId, on)}
                />
              ))}
            </WorkerRow>
          );
        })}
      </section>
    </div>
  );
}
