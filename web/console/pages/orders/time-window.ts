/** The visit window of the new-order form: a Shanghai day + start time, lasting the ordered hours. */
import dayjs, { type Dayjs } from 'dayjs';
import { BUSINESS_TZ } from '../../../shared/time';
import type { ServiceType } from './types';

export const START_TIMES = Array.from({ length: 27 }, (_, i) => {
  const minutes = 7 * 60 + i * 30;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
});

export function windowOf(
  day: Dayjs | null | undefined,
  time: string | undefined,
  service: ServiceType | undefined,
  quantity: number | null | undefined,
): { windowStart: string; windowEnd: string } | null {
  if (!day || !time || !service) return null;
  const start = dayjs.tz(`${day.format('YYYY-MM-DD')} ${time}`, BUSINESS_TZ);
  const minutes = service.unit === 'hour' && quantity ? quantity * 60 : service.defaultDuration;
  return { windowStart: start.toISOString(), windowEnd: start.add(minutes, 'minute').toISOString() };
}
