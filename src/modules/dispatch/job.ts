import type { orders } from '../../db/schema/orders.ts';
import { invalidField } from '../../platform/errors.ts';
import type { serviceTypeOf } from './candidate.repository.ts';

type OrderRow = typeof orders.$inferSelect;
type ServiceRow = NonNullable<Awaited<ReturnType<typeof serviceTypeOf>>>;

/**
 * When the job of an order takes place. A visit lasts its hours (unit 'hour') or the service's
 * default minutes and may start anywhere in [windowStart, windowEnd − duration]; a placement runs
 * from its start date (00:00 Shanghai) for its months or cycles of days.
 */
export type JobTime = { startsAt: Date; endsAt: Date; latestStart: Date; durationMinutes: number };

const MIN = 60_000;
const DAY = 86_400_000;

export function jobTimeOf(o: OrderRow, service: ServiceRow): JobTime {
  if (o.mode === 'visit') {
    if (!o.windowStart)
      throw invalidField(
        'windowStart',
        '订单缺少上门时间，请先填写上门时间再派单',
        'The order has no visit time',
      );
    const window = o.windowEnd ? (o.windowEnd.getTime() - o.windowStart.getTime()) / MIN : null;
    const duration =
      service.unit === 'hour' && o.quantity
        ? Math.round(o.quantity * 60)
        : (window ?? service.defaultDuration);
    const startsAt = o.windowStart;
    const latest =
      window !== null && window > duration
        ? new Date(startsAt.getTime() + (window - duration) * MIN)
        : startsAt;
    return {
      startsAt,
      endsAt: new Date(startsAt.getTime() + duration * MIN),
      latestStart: latest,
      durationMinutes: duration,
    };
  }
  if (!o.startDate) throw invalidField('startDate', '订单缺少上户日期', 'The placement has no start date');
  const startsAt = new Date(`${o.startDate}T00:00:00+08:00`);
  const daysPer = service.unit === 'cycle26' ? 26 : service.unit === 'month' ? 30 : service.defaultDuration;
  const days = Math.max(1, Math.round((o.quantity ?? 1) * daysPer));
  return {
    startsAt,
    endsAt: new Date(startsAt.getTime() + days * DAY),
    latestStart: startsAt,
    durationMinutes: days * 1440,
  };
}
