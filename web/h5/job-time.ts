/** Times on the worker's pages: Shanghai wall-clock, and "now" as the server counts it. */
import { useEffect, useState } from 'react';
import type { Lang } from '../shared/i18n';
import { formatTime } from '../shared/time';

/** 12月7日 周一 09:00–12:00 (the end's date too when the job runs past midnight). */
export function jobTime(startsAt: string, endsAt: string, lang: Lang): string {
  const day = lang === 'en' ? 'ddd MMM D' : 'M月D日 ddd';
  const sameDay = formatTime(startsAt, 'YYYY-MM-DD') === formatTime(endsAt, 'YYYY-MM-DD');
  return `${formatTime(startsAt, `${day} HH:mm`)}–${formatTime(endsAt, sameDay ? 'HH:mm' : `${day} HH:mm`)}`;
}

/** 12月7日 07:00 — when the detailed address appears. */
export const releaseTime = (iso: string, lang: Lang) =>
  formatTime(iso, lang === 'en' ? 'MMM D HH:mm' : 'M月D日 HH:mm');

/**
 * The server's "now" (its clock decides the release window and offer deadlines), kept as an offset
 * from the phone's clock and ticking every `everyMs` so that countdowns move.
 */
export function useServerNow(serverNow: string | null, everyMs = 30_000): number | null {
  const [offset, setOffset] = useState<number | null>(null);
  const [, setTick] = useState(0);
  useEffect(() => {
    setOffset(serverNow ? Date.parse(serverNow) - Date.now() : null);
  }, [serverNow]);
  useEffect(() => {
    const timer = window.setInterval(() => setTick((n) => n + 1), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return offset === null ? null : Date.now() + offset;
}
