import { describe, expect, it } from 'vitest';
import { dailyRateFen, divRoundHalfUp, inWindow, percentOfFen, shanghaiParts } from './pricing.money.ts';

describe('money helpers', () => {
  it('rounds half up to the fen', () => {
    expect(divRoundHalfUp(5, 2)).toBe(3);
    expect(divRoundHalfUp(7, 2)).toBe(4);
    expect(divRoundHalfUp(4, 3)).toBe(1);
    expect(percentOfFen(15_000, 2000)).toBe(3000);
    expect(percentOfFen(1, 5000)).toBe(1); // 0.5 fen → 1 fen
    expect(percentOfFen(1, 4999)).toBe(0);
  });

  it('divides a monthly wage by 26 (or a custom divisor) for the daily rate', () => {
    expect(dailyRateFen(650_000)).toBe(25_000); // ¥6500 ÷ 26 = ¥250
    expect(dailyRateFen(700_000)).toBe(26_923); // 26923.08 → 26923
    expect(dailyRateFen(100_013)).toBe(3847); // 3846.65 → 3847 (half and above up)
    expect(dailyRateFen(600_000, 30)).toBe(20_000);
    expect(dailyRateFen(700_000, 30)).toBe(23_333);
  });

  it('reads times in Asia/Shanghai whatever the offset given', () => {
    expect(shanghaiParts('2027-02-05T16:00:00Z')).toEqual({ date: '2027-02-06', minutes: 0 });
    expect(shanghaiParts('2027-02-05T15:59:00Z')).toEqual({ date: '2027-02-05', minutes: 23 * 60 + 59 });
    expect(shanghaiParts('2027-02-06T00:30:00+08:00')).toEqual({ date: '2027-02-06', minutes: 30 });
    expect(shanghaiParts('not a date')).toBeNull();
  });

  it('treats a window with from > to as crossing midnight, end exclusive', () => {
    expect(inWindow(20 * 60, '20:00', '07:00')).toBe(true);
    expect(inWindow(19 * 60 + 59, '20:00', '07:00')).toBe(false);
    expect(inWindow(0, '20:00', '07:00')).toBe(true);
    expect(inWindow(7 * 60 - 1, '20:00', '07:00')).toBe(true);
    expect(inWindow(7 * 60, '20:00', '07:00')).toBe(false);
    expect(inWindow(12 * 60, '12:00', '14:00')).toBe(true);
    expect(inWindow(14 * 60, '12:00', '14:00')).toBe(false);
  });
});
