/** One worker's row of the board: name and hours, then the 06:00–22:00 track that takes drops. */
import { Typography } from 'antd';
import { type DragEvent, type ReactNode, useState } from 'react';
import { useI18n } from '../../i18n';
import { DAY_START, NAME_WIDTH, PX_PER_MINUTE, parseHm, ROW_HEIGHT, TRACK_WIDTH, xOf } from './board-model';
import { PLAN_DRAG_TYPE, type PlanDrag } from './PlanBlock';
import type { BoardWorker } from './types';

const HOUR_PX = 60 * PX_PER_MINUTE;

interface Props {
  worker: BoardWorker;
  /** How many blocks overlap at most (the row is that many lanes high). */
  lanes: number;
  /** Called with the worker and the minute of the day where the dragged block's start landed. */
  onDrop: (orderId: string, worker: BoardWorker, startMinute: number) => void;
  children: ReactNode;
}

export function WorkerRow({ worker, lanes, onDrop, children }: Props) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  const offStart = xOf(parseHm(worker.workStart));
  const offEnd = xOf(parseHm(worker.workEnd));

  const onDragOver = (e: DragEvent<HTMLDivElement>) => {
    if (!e.dataTransfer.types.includes(PLAN_DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    if (!over) setOver(true);
  };
  const onDropHere = (e: DragEvent<HTMLDivElement>) => {
    setOver(false);
    const raw = e.dataTransfer.getData(PLAN_DRAG_TYPE);
    if (!raw) return;
    e.preventDefault();
    const drag = JSON.parse(raw) as PlanDrag;
    const rect = e.currentTarget.getBoundingClientRect();
    const minute = DAY_START + (e.clientX - rect.left) / PX_PER_MINUTE - drag.grab;
    onDrop(drag.orderId, worker, minute);
  };

  return (
    <div
      data-testid="board-row"
      data-worker={worker.id}
      data-worker-name={worker.name}
      style={{ display: 'flex', height: ROW_HEIGHT * lanes }}
    >
      <div
        style={{
          width: NAME_WIDTH,
          flex: 'none',
          padding: '4px 8px',
          borderBottom: '1px solid #f0f0f0',
          position: 'sticky',
          left: 0,
          background: '#fff',
          zIndex: 2,
          lineHeight: '20px',
        }}
      >
        <Typography.Text strong ellipsis>
          {worker.name}
        </Typography.Text>
        <div style={{ fontSize: 12, color: '#888' }}>
          {t('board.hours', { start: worker.workStart, end: worker.workEnd })}
        </div>
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop surface; the plan list moves jobs by keyboard */}
      <div
        data-testid="board-track"
        onDragOver={onDragOver}
        onDragLeave={() => setOver(false)}
        onDrop={onDropHere}
        style={{
          position: 'relative',
          width: TRACK_WIDTH,
          flex: 'none',
          borderBottom: '1px solid #f0f0f0',
          background: over
            ? '#fff7e6'
            : `repeating-linear-gradient(to right, #f0f0f0 0 1px, transparent 1px ${HOUR_PX}px)`,
        }}
      >
        {offStart > 0 && <OffHours left={0} width={offStart} />}
        {offEnd < TRACK_WIDTH && <OffHours left={offEnd} width={TRACK_WIDTH - offEnd} />}
        {children}
      </div>
    </div>
  );
}

function OffHours({ left, width }: { left: number; width: number }) {
  return (
    <div
      aria-hidden="true"
      style={{ position: 'absolute', top: 0, bottom: 0, left, width, background: 'rgba(0,0,0,0.04)' }}
    />
  );
}
