/** Calendar-day arithmetic in the business time zone (Asia/Shanghai). */
import dayjs, { type Dayjs } from 'dayjs';
import { BUSINESS_TZ } from '../../../shared/time';

/** Today in Shanghai, YYYY-MM-DD. */
export function todayShanghai(): string {
  return dayjs().tz(BUSINESS_TZ).format('YYYY-MM-DD');
}

/** Whole days from today (Shanghai) to a YYYY-MM-DD date; negative when it is past. */
export function daysUntil(day: string): number {
  return Math.round(
    (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${todayShanghai()}T00:00:00Z`)) / 86_400_000,
  );
}

/** A date picker's value as the YYYY-MM-DD the API wants. */
export function toDay(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

export const EXPIRY_WARNING_DAYS = 30;
