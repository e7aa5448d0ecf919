/**
 * The geometry and rules of the day board: minutes of a Shanghai day, the 06:00–22:00 track,
 * 15-minute snapping, and why a proposed block is in conflict (overlap, working hours, window).
 */
import dayjs from 'dayjs';
import { BUSINESS_TZ } from '../../../shared/time';
import type { BoardWorker, Booking, OpenOrder, PlanItem } from './types';

export const DAY_START = 6 * 60;
export const DAY_END = 22 * 60;
export const SNAP_MINUTES = 15;
export const PX_PER_MINUTE = 52 / 60;
export const TRACK_WIDTH = (DAY_END - DAY_START) * PX_PER_MINUTE;
export const NAME_WIDTH = 150;
/** The height of one lane of a row; a row grows a lane for each set of overlapping blocks. */
export const ROW_HEIGHT = 48;
export const HOURS = Array.from({ length: (DAY_END - DAY_START) / 60 }, (_, i) => DAY_START / 60 + i);

const dayStart = (date: string) => dayjs.tz(date, BUSINESS_TZ).startOf('day');

/** Minutes since 00:00 of `date` in Shanghai (negative or past 1440 for other days). */
export const minuteOf = (date: string, iso: string) => dayjs(iso).diff(dayStart(date), 'minute');

export const isoAt = (date: string, minute: number) => dayStart(date).add(minute, 'minute').toISOString();

export const hm = (minute: number) => {
  const m = ((minute % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** 'HH:MM' (or 'HH:MM:SS') → minutes. */
export const parseHm = (value: string) => {
  const [h = '0', m = '0'] = value.split(':');
  return Number(h) * 60 + Number(m);
};

export const snap = (minute: number) => Math.round(minute / SNAP_MINUTES) * SNAP_MINUTES;

export const xOf = (minute: number) =>
  (Math.min(Math.max(minute, DAY_START), DAY_END) - DAY_START) * PX_PER_MINUTE;

/** A start dropped at `minute`, snapped to 15 minutes and kept inside [windowStart, latestStart]. */
export function placeStart(date: string, minute: number, order: OpenOrder | undefined): number {
  let start = snap(minute);
  if (order) {
    const first = minuteOf(date, order.windowStart);
    const last = minuteOf(date, order.latestStart);
    if (start < first) start = first;
    if (start > last) start = last;
  }
  return start;
}

export interface Span {
  start: number;
  end: number;
}

export const spanOf = (date: string, x: { startsAt: string; endsAt: string }): Span => ({
  start: minuteOf(date, x.startsAt),
  end: minuteOf(date, x.endsAt),
});

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export type Conflict =
  | { kind: 'overlap'; what: string }
  | { kind: 'hours'; start: string; end: string }
  | { kind: 'window'; start: string; latest: string };

/** Why a proposed item cannot stand where it is in its worker's row (empty when it can). */
export function conflictsOf(
  date: string,
  item: PlanItem,
  worker: BoardWorker,
  others: PlanItem[],
  orders: Map<string, OpenOrder>,
): Conflict[] {
  const span = spanOf(date, item);
  const out: Conflict[] = [];
  const blocking = (b: Booking) => b.orderId !== item.orderId && b.state !== 'cancelled';
  for (const b of worker.bookings.filter(blocking)) {
    if (overlaps(span, spanOf(date, b))) {
      out.push({
        kind: 'overlap',
        what: [b.serviceName, hmRange(date, b)].filter(Boolean).join(' '),
      });
    }
  }
  for (const o of others) {
    if (o.orderId === item.orderId || o.workerId !== worker.id) continue;
    if (overlaps(span, spanOf(date, o))) {
      const order = orders.get(o.orderId);
      out.push({ kind: 'overlap', what: [order?.serviceName, hmRange(date, o)].filter(Boolean).join(' ') });
    }
  }
  if (span.start < parseHm(worker.workStart) || span.end > parseHm(worker.workEnd)) {
    out.push({ kind: 'hours', start: worker.workStart, end: worker.workEnd });
  }
  const order = orders.get(item.orderId);
  if (order) {
    const first = minuteOf(date, order.windowStart);
    const last = minuteOf(date, order.latestStart);
    if (span.start < first || span.start > last)
      out.push({ kind: 'window', start: hm(first), latest: hm(last) });
  }
  return out;
}

export const hmRange = (date: string, x: { startsAt: string; endsAt: string }) => {
  const s = spanOf(date, x);
  return `${hm(s.start)}–${hm(s.end)}`;
};

/** Tomorrow in Shanghai, YYYY-MM-DD. */
export const tomorrow = () => dayjs().tz(BUSINESS_TZ).add(1, 'day').format('YYYY-MM-DD');

/** Greedy lanes so that overlapping blocks of one row sit one under the other (key → lane). */
export function lanesOf(blocks: { key: string; span: Span }[]): { lane: Map<string, number>; count: number } {
  const lane = new Map<string, number>();
  const ends: number[] = [];
  for (const b of [...blocks].sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end)) {
    let i = ends.findIndex((end) => end <= b.span.start);
    if (i < 0) {
      i = ends.length;
      ends.push(b.span.end);
    } else ends[i] = b.span.end;
    lane.set(b.key, i);
  }
  return { lane, count: Math.max(ends.length, 1) };
}

/** The vertical place of a block in lane `lane`. */
export const laneStyle = (lane: number) => ({ top: lane * ROW_HEIGHT + 4, height: ROW_HEIGHT - 8 });
