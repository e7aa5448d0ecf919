import { ASSIGNMENT_STATE_LABELS } from './assignment.views.ts';
import type { JobRow } from './my-jobs.repository.ts';

/** Whether the customer's detailed address is released to the worker now (R16). */
const ENDED = ['cancelled', 'terminated', 'closed'];

export function isReleased(r: JobRow, now: Date): boolean {
  const a = r.a;
  return (
    a.state === 'active' &&
    !ENDED.includes(r.orderStatus) &&
    a.releaseFrom !== null &&
    a.releaseFrom <= now &&
    (a.releaseUntil === null || now <= a.releaseUntil)
  );
}

/**
 * A job as the worker sees it (R16): district, time, service and checklist always; the detailed
 * address and the call button (through the store or the hotline — never the customer's phone)
 * only inside the release window. The customer appears by surname only.
 */
export function toWorkerJob(r: JobRow, now: Date) {
  const a = r.a;
  const released = isReleased(r, now);
  const offerOpen = a.state === 'offered' && (!a.offerExpiresAt || a.offerExpiresAt > now);
  const callNumber = r.storePhone ?? r.hotline;
  return {
    id: a.id,
    orderId: a.orderId,
    kind: a.kind,
    state: a.state,
    stateLabel: a.state === 'offered' && !offerOpen ? '已超时' : ASSIGNMENT_STATE_LABELS[a.state],
    serviceName: r.serviceName,
    checklistName: r.checklistRef ?? `${r.serviceName}作业标准`,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    district: r.district,
    customerName: `${r.customerName.slice(0, 1)}**`,
    released,
    releaseFrom: a.releaseFrom?.toISOString() ?? null,
    releaseUntil: a.releaseUntil?.toISOString() ?? null,
    address: released
      ? {
          text: [r.province, r.city === r.province ? null : r.city, r.district, r.community, r.detail]
            .filter(Boolean)
            .join(''),
          accessNotes: r.accessNotes,
        }
      : null,
    call:
      released && callNumber ? { number: callNumber, via: r.storePhone ? r.storeName : '公司热线' } : null,
    offer:
      a.state === 'offered' ? { open: offerOpen, expiresAt: a.offerExpiresAt?.toISOString() ?? null } : null,
  };
}
