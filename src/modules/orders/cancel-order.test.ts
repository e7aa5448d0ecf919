import { describe, expect, it } from 'vitest';
import { cancellationFeeFen, serviceStartOf } from './cancel-order.ts';

const rules = [
  { hoursBeforeStart: 24, feeBp: 0 },
  { hoursBeforeStart: 2, feeBp: 2000 },
  { hoursBeforeStart: 0, feeBp: 5000 },
];
const now = new Date('2026-12-04T02:00:00Z');
const inHours = (h: number) => new Date(now.getTime() + h * 3_600_000);

describe('cancellation fee', () => {
  it('applies the rule of the largest threshold the time left still reaches', () => {
    expect(cancellationFeeFen(rules, inHours(30), now, 10_000)).toBe(0);
    expect(cancellationFeeFen(rules, inHours(24), now, 10_000)).toBe(0);
    expect(cancellationFeeFen(rules, inHours(5), now, 10_000)).toBe(2000);
    expect(cancellationFeeFen(rules, inHours(1), now, 10_000)).toBe(5000);
    expect(cancellationFeeFen(rules, inHours(-1), now, 10_000)).toBe(5000);
  });

  it('is 0 without rules, start or amount', () => {
    expect(cancellationFeeFen([], inHours(1), now, 10_000)).toBe(0);
    expect(cancellationFeeFen(rules, null, now, 10_000)).toBe(0);
    expect(cancellationFeeFen(rules, inHours(1), now, 0)).toBe(0);
  });

  it('takes a placement’s start as 00:00 Shanghai of its start date', () => {
    expect(serviceStartOf({ windowStart: null, startDate: '2026-12-20' })?.toISOString()).toBe(
      '2026-12-19T16:00:00.000Z',
    );
  });
});
