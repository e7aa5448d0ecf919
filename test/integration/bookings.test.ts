import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.ts';
import { cancelBooking, insertBooking } from '../../src/modules/dispatch/booking.repository.ts';
import { createWorker } from '../../src/modules/workers/create-worker.ts';
import { listSkills } from '../../src/modules/workers/index.ts';
import { AppError } from '../../src/platform/errors.ts';
import { newId } from '../../src/platform/ids.ts';
import { openTestDb } from '../support/db.ts';
import { makeCompany, makeStore, testClock } from '../support/factories.ts';
import { makeIdNumber } from '../support/id-numbers.ts';

/** R17: a worker is never double-booked — the database's exclusion constraint decides, on both drivers. */
let handle: DbHandle;
const clock = testClock();
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

let seq = 0;
async function setup() {
  const { ctx, admin } = await makeCompany(handle.db, clock);
  const store = await makeStore(ctx);
  const skill = (await listSkills(ctx)).items[0]!.id;
  const worker = async () => {
    seq++;
    return createWorker(ctx, {
      storeId: store.id,
      name: '刘春梅',
      gender: 'female',
      idNumber: makeIdNumber('411502', '1986-05-20', String(100 + (seq % 900))),
      nativePlace: '河南信阳',
      phone: `1360000${String(1000 + seq)}`,
      education: 'junior',
      languages: [],
      cuisines: [],
      homeDistrict: '朝阳区',
      employmentModel: 'employee',
      skills: [{ skillId: skill, level: 2 }],
    });
  };
  const book = (workerId: string, from: string, to: string) =>
    insertBooking(handle.db, {
      companyId: admin.companyId,
      id: newId('bkg'),
      workerId,
      kind: 'visit',
      startsAt: new Date(from),
      endsAt: new Date(to),
      createdBy: admin.userId,
    });
  return { admin, worker, book };
}

describe('worker bookings', () => {
  it('50 concurrent overlapping attempts: exactly one holds the time, 49 get 409 naming it', async () => {
    const s = await setup();
    const w = await s.worker();
    const attempts = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        s.book(w.id, `2026-12-10T0${1 + (i % 3)}:00:00Z`, `2026-12-10T0${4 + (i % 3)}:00:00Z`),
      ),
    );
    const won = attempts.filter((a) => a.status === 'fulfilled');
    const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    for (const l of lost) {
      expect(l.reason).toBeInstanceOf(AppError);
      expect((l.reason as AppError).code).toBe('CONFLICT');
      expect((l.reason as AppError).params.conflictingBookingId).toBe(
        (won[0] as PromiseFulfilledResult<{ id: string }>).value.id,
      );
    }
  });

  it('back-to-back jobs fit; other workers and cancelled bookings do not block', async () => {
    const s = await setup();
    const a = await s.worker();
    const b = await s.worker();
    const first = await s.book(a.id, '2026-12-11T01:00:00Z', '2026-12-11T04:00:00Z');
    await s.book(a.id, '2026-12-11T04:00:00Z', '2026-12-11T06:00:00Z'); // [start, end): touching is fine
    await s.book(b.id, '2026-12-11T01:00:00Z', '2026-12-11T04:00:00Z');
    await expect(s.book(a.id, '2026-12-11T03:59:00Z', '2026-12-11T05:00:00Z')).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await cancelBooking(handle.db, s.admin.companyId, first.id);
    await s.book(a.id, '2026-12-11T02:00:00Z', '2026-12-11T03:00:00Z');
  });
});
