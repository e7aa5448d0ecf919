import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/db/client.ts';
import { orders } from '../../src/db/schema/orders.ts';
import { workers } from '../../src/db/schema/workers.ts';
import { loadDemoCatalog } from '../../src/demo/demo-catalog.ts';
import { createCustomer } from '../../src/modules/customers/create-customer.ts';
import { linkCustomerUser } from '../../src/modules/customers/link-customer-user.ts';
import { confirmOrder } from '../../src/modules/orders/confirm-order.ts';
import { createOrder } from '../../src/modules/orders/create-order.ts';
import { addWorkerRecord } from '../../src/modules/workers/add-worker-record.ts';
import { createWorker } from '../../src/modules/workers/create-worker.ts';
import { listSkills } from '../../src/modules/workers/index.ts';
import { setWorkerTier } from '../../src/modules/workers/set-worker-tier.ts';
import { verifyWorkerItem } from '../../src/modules/workers/verify-worker-item.ts';
import { updateWorkerRow } from '../../src/modules/workers/worker.repository.ts';
import { addDays, shanghaiDate } from '../../src/modules/workers/workers.rules.ts';
import type { Clock } from '../../src/platform/clock.ts';
import { loginAs } from './app.ts';
import { makeCompany, makeStore, makeUser } from './factories.ts';
import { makeIdNumber } from './id-numbers.ts';

let seq = 0;

/**
 * A company ready to dispatch: two stores, the demo catalog, a customer (with a login) at a
 * geocoded address in 朝阳区, a dispatcher of store A, and builders for workers who pass every
 * hard rule (or break the ones asked for) and for contracted visit orders.
 */
export async function dispatchSetup(db: Db, app: FastifyInstance, clock: Clock) {
  const { ctx, admin } = await makeCompany(db, clock);
  const storeA = await makeStore(ctx, { name: `朝阳店 ${seq++}` });
  const storeB = await makeStore(ctx, { name: `海淀店 ${seq++}` });
  const services = await loadDemoCatalog(ctx);
  const skills = new Map((await listSkills(ctx)).items.map((s) => [s.name, s.id]));
  const dispatcher = await makeUser(ctx, 'dispatcher', storeA.id);
  const customerUser = await makeUser(ctx, 'customer', null, '13700009999');
  const customer = await createCustomer(ctx, {
    name: '陈雅文',
    phones: ['13655556666'],
    sourceChannel: 'phone',
    addresses: [
      {
        province: '北京市',
        city: '北京市',
        district: '朝阳区',
        community: '团结湖小区',
        detail: '7号楼3单元602',
        lat: 39.9288,
        lng: 116.4714,
      },
    ],
  });
  await linkCustomerUser(ctx, customer.id, customerUser.id);
  const today = shanghaiDate(clock.now());

  type WorkerOpts = {
    name?: string;
    storeId?: string;
    lat?: number;
    lng?: number;
    rating?: number;
    healthExpiresOn?: string;
    skills?: string[];
    userId?: string;
    prePlacement?: boolean;
  };
  const worker = async (o: WorkerOpts = {}) => {
    seq++;
    const w = await createWorker(ctx, {
      storeId: o.storeId ?? storeA.id,
      name: o.name ?? `王${'春秀桂玉丽红小凤'[seq % 8]}${'梅兰芳珍娟霞燕英'[Math.floor(seq / 8) % 8]}`,
      gender: 'female',
      idNumber: makeIdNumber('411502', '1982-03-14', String(100 + (seq % 900))),
      nativePlace: '河南信阳',
      phone: `1390077${String(1000 + seq).slice(-4)}`,
      education: 'junior',
      languages: ['普通话'],
      cuisines: ['家常菜'],
      homeDistrict: '朝阳区',
      homeLat: o.lat ?? 39.93,
      homeLng: o.lng ?? 116.45,
      employmentModel: 'employee',
      skills: (o.skills ?? ['保洁']).map((n) => ({ skillId: skills.get(n)!, level: 3 })),
    });
    await verifyWorkerItem(ctx, w.id, { kind: 'identity' });
    const healthEnds = o.healthExpiresOn ?? addDays(today, 200);
    await addWorkerRecord(ctx, w.id, 'health_check', {
      checkedOn: addDays(healthEnds, -365),
      expiresOn: healthEnds,
      result: 'pass',
    });
    await addWorkerRecord(ctx, w.id, 'background_check', {
      checkedOn: addDays(today, -30),
      expiresOn: addDays(today, 335),
      result: 'clear',
    });
    await addWorkerRecord(ctx, w.id, 'training', {
      kind: 'general',
      course: '家政服务岗前培训',
      hours: 40,
      trainedOn: addDays(today, -100),
      result: 'pass',
    });
    if (o.prePlacement) {
      await addWorkerRecord(ctx, w.id, 'training', {
        kind: 'pre_placement',
        course: '上户培训',
        hours: 4,
        trainedOn: addDays(today, -5),
        result: 'pass',
      });
    }
    await setWorkerTier(ctx, w.id, 'junior');
    await updateWorkerRow(db, admin.companyId, w.id, {
      ratingAvg: o.rating ?? 4.5,
      ratingCount: 10,
      ...(o.userId ? { userId: o.userId } : {}),
    });
    return w;
  };

  /** A visit order of store A, taken through intake and then marked contracted (the fixture). */
  const contractedVisit = async (startsAt: string, hours = 3, over: { urgent?: boolean } = {}) => {
    const start = new Date(startsAt);
    const o = await createOrder(ctx, {
      customerId: customer.id,
      serviceTypeId: services.daily_cleaning!,
      channel: 'phone',
      addressId: customer.addresses[0]!.id,
      windowStart: start.toISOString(),
      windowEnd: new Date(start.getTime() + hours * 3_600_000).toISOString(),
      quantity: hours,
      urgent: over.urgent ?? false,
    });
    await confirmOrder(ctx, o.id);
    await db
      .update(orders)
      .set({ status: 'contracted', storeId: storeA.id, routing: 'accepted' })
      .where(and(eq(orders.companyId, admin.companyId), eq(orders.id, o.id)));
    return o.id as string;
  };

  const cookies = {
    dispatcher: await loginAs(app, dispatcher.username),
    customer: await loginAs(app, customerUser.username),
    admin: await loginAs(app, admin.username),
  };
  const as = (cookie: string) => (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

  const workerLogin = async (workerId: string) => {
    const u = await makeUser(ctx, 'worker', storeA.id, '13900070000');
    await db
      .update(workers)
      .set({ userId: u.id })
      .where(and(eq(workers.companyId, admin.companyId), eq(workers.id, workerId)));
    return as(await loginAs(app, u.username));
  };

  return {
    ctx,
    admin,
    storeA,
    storeB,
    services,
    skills,
    customer,
    dispatcher,
    worker,
    workerLogin,
    contractedVisit,
    dispatcher$: as(cookies.dispatcher),
    customer$: as(cookies.customer),
    admin$: as(cookies.admin),
  };
}
