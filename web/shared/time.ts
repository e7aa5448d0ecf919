/** Times are stored in UTC and shown in Asia/Shanghai, whatever the browser's own time zone. */
import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/zh-cn';
import { getLang, type Lang, subscribeLang } from './i18n';

dayjs.extend(utc);
dayjs.extend(timezone);

export const BUSINESS_TZ = 'Asia/Shanghai';

export function setDayjsLang(lang: Lang): void {
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
}

// dayjs follows the language switch (month names, week start in pickers).
setDayjsLang(getLang());
subscribeLang(setDayjsLang);

export function formatTime(iso: string | null | undefined, format = 'YYYY-MM-DD HH:mm'): string {
  if (!iso) return '—';
  const value = dayjs(iso);
  return value.isValid() ? value.tz(BUSINESS_TZ).format(format) : iso;
}

/** The start of a calendar day picked in a date picker, read as a Shanghai day, as an ISO instant. */
export function shanghaiDayStart(day: Dayjs): string {
  return dayjs.tz(day.format('YYYY-MM-DD'), BUSINESS_TZ).startOf('day').toISOString();
}

/** The last millisecond of a Shanghai calendar day, as an ISO instant (safe for `<` and `<=`). */
export function shanghaiDayEnd(day: Dayjs): string {
  return dayjs.tz(day.format('YYYY-MM-DD'), BUSINESS_TZ).endOf('day').toISOString();
}
