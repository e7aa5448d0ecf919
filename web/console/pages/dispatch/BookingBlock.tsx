/** A job already booked in a worker's row: a solid block, its service, place and time. */
import { Tooltip } from 'antd';
import { useI18n } from '../../i18n';
import { hmRange, laneStyle, spanOf, xOf } from './board-model';
import type { Booking } from './types';

export function BookingBlock({ date, booking, lane = 0 }: { date: string; booking: Booking; lane?: number }) {
  const { t } = useI18n();
  const span = spanOf(date, booking);
  const left = xOf(span.start);
  const width = Math.max(xOf(span.end) - left, 4);
  const what = [booking.serviceName ?? t('board.booking'), booking.district].filter(Boolean).join(' · ');
  const time = hmRange(date, booking);
  return (
    <Tooltip title={`${what} ${time}`}>
      <div
        data-testid="board-booking"
        data-order={booking.orderId ?? undefined}
        style={{
          position: 'absolute',
          ...laneStyle(lane),
          left,
          width,
          background: '#e6f4ff',
          border: '1px solid #4096ff',
          borderRadius: 4,
          padding: '0 4px',
          overflow: 'hidden',
          whiteSpace: 'nowrap',
          fontSize: 12,
          lineHeight: '18px',
        }}
      >
        <div>{what}</div>
        <div style={{ color: '#666' }}>{time}</div>
      </div>
    </Tooltip>
  );
}
