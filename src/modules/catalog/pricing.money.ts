import { AppError } from '../../platform/errors.ts';

/**
 * Integer money arithmetic for pricing. Every amount is whole fen; every rounding is "round half
 * up to the fen" (0.5 fen → 1 fen), done in integers so no float ever touches an amount.
 * Quantities (hours, m²) are held as hundredths ("centi-units") so 2.5 h is 250.
 */

/** round(n / d) with halves rounded up, for n ≥ 0, d > 0 (integers). */
export const divRoundHalfUp = (n: number, d: number): number => Math.floor((2 * n + d) / (2 * d));

/** A share of an amount in basis points (2000 bp = 20%), rounded half up. */
export const percentOfFen = (amountFen: number, bp: number): number => divRoundHalfUp(amountFen * bp, 10_000);

/** A unit price times a quantity given in hundredths, rounded half up. */
export const timesCenti = (unitFen: number, centi: number): number => divRoundHalfUp(unitFen * centi, 100);

/** A quantity as hundredths (2.5 → 250); more decimals than two are rounded. */
export const toCenti = (q: number): number => Math.round(q * 100);

/**
 * A placement's daily rate: the monthly wage ÷ the divisor (26 by default: a month of work is 26
 * days), rounded half up to the fen. Trial days, partial months and overtime are priced per day at
 * this rate, so a line of n days is exactly n × the daily rate.
 */
export const dailyRateFen = (monthlyWageFen: number, divisor = 26): number =>
  divRoundHalfUp(monthlyWageFen, divisor);

/** ¥ for messages: 650000 → "6500", 1050 → "10.50". */
export const yuan = (fen: number): string => (fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2));

/** The parts of an instant in Asia/Shanghai. China keeps UTC+8 all year (no DST since 1991). */
export function shanghaiParts(iso: string): { date: string; minutes: number } | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const local = new Date(ms + 8 * 3_600_000);
  return {
    date: local.toISOString().slice(0, 10),
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether a time of day (minutes) is in [from, to); a window with from > to wraps past midnight. */
export function inWindow(minutes: number, from: string, to: string): boolean {
  const f = toMinutes(from);
  const t = toMinutes(to);
  return f < t ? minutes >= f && minutes < t : minutes >= f || minutes < t;
}

/** A 422 on one field of the quote request, with its Chinese label and message. */
export function quoteError(field: string, label: string, zh: string, en: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: label }, [{ field, label, message: zh, messageEn: en }]);
}
