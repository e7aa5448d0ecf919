/**
 * A job of the proposed plan in a worker's row: dashed, draggable to another row or time, with a
 * checkbox; red with the reasons in a tooltip when it conflicts or the server refused it; solid
 * once accepted.
 */
import { Checkbox, Tooltip } from 'antd';
import type { DragEvent } from 'react';
import { useI18n } from '../../i18n';
import { type Conflict, hmRange, laneStyle, PX_PER_MINUTE, spanOf, xOf } from './board-model';
import type { AcceptResult, OpenOrder, PlanItem } from './types';

export const PLAN_DRAG_TYPE = 'application/x-anjia-plan';

export interface PlanDrag {
  orderId: string;
  /** Minutes between the block's start and where it was grabbed. */
  grab: number;
}

interface Props {
  date: string;
  item: PlanItem;
  order: OpenOrder | undefined;
  conflicts: Conflict[];
  result: AcceptResult | undefined;
  selected: boolean;
  lane: number;
  onToggle: (on: boolean) => void;
}

export function useConflictText() {
  const { t } = useI18n();
  return (c: Conflict) =>
    c.kind === 'overlap'
      ? t('board.conflict.overlap', { what: c.what })
      : c.kind === 'hours'
        ? t('board.conflict.hours', { start: c.start, end: c.end })
        : t('board.conflict.window', { start: c.start, latest: c.latest });
}

export function PlanBlock({ date, item, order, conflicts, result, selected, lane, onToggle }: Props) {
  const { t } = useI18n();
  const conflictText = useConflictText();
  const span = spanOf(date, item);
  const left = xOf(span.start);
  const width = Math.max(xOf(span.end) - left, 4);
  const accepted = result?.ok === true;
  const failed = result && !result.ok ? result.detail || result.title : null;
  const bad = !accepted && (conflicts.length > 0 || failed !== null);
  const name = order?.serviceName ?? item.orderId;
  const time = hmRange(date, item);
  const reasons = [...(failed ? [failed] : []), ...conflicts.map(conflictText)];

  const onDragStart = (e: DragEvent<HTMLDivElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const drag: PlanDrag = { orderId: item.orderId, grab: (e.clientX - rect.left) / PX_PER_MINUTE };
    e.dataTransfer.setData(PLAN_DRAG_TYPE, JSON.stringify(drag));
    e.dataTransfer.setData('text/plain', item.orderId);
    e.dataTransfer.effectAllowed = 'move';
  };

  const title = (
    <div>
      <div>
        {name} {order?.district ?? ''} {time}
      </div>
      {accepted && <div>{t('board.accepted')}</div>}
      {reasons.map((r) => (
        <div key={r}>{r}</div>
      ))}
    </div>
  );

  return (
    <Tooltip title={title}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drag source; the plan list moves jobs by keyboard */}
      <div
        data-testid="board-proposed"
        data-order={item.orderId}
        data-conflict={bad ? 'true' : 'false'}
        data-accepted={accepted ? 'true' : 'false'}
        draggable={!accepted}
        onDragStart={accepted ? undefined : onDragStart}
        style={{
          position: 'absolute',
          ...laneStyle(lane),
          left,
          width,
          background: accepted ? '#f6ffed' : bad ? '#fff1f0' : '#fffbe6',
          border: `${accepted ? '1px solid' : '2px dashed'} ${accepted ? '#52c41a' : bad ? '#ff4d4f' : '#d48806'}`,
          borderRadius: 4,
          padding: '0 4px',
          overflow: 'hidden',
          whiteSpace: 'nowrap',
          fontSize: 12,
          lineHeight: '18px',
          cursor: accepted ? 'default' : 'grab',
          zIndex: 1,
        }}
      >
        <div>
          {!accepted && (
            <Checkbox
              checked={selected}
              onChange={(e) => onToggle(e.target.checked)}
              aria-label={t('board.select', { name: `${name} ${time}` })}
              style={{ marginInlineEnd: 4 }}
            />
          )}
          {name}
        </div>
        <div style={{ color: bad ? '#cf1322' : '#666' }}>{time}</div>
      </div>
    </Tooltip>
  );
}
