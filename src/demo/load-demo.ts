import { count } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { companies } from '../db/schema/org.ts';
import { startCompany } from '../modules/onboarding/start-company.ts';
import { createStore } from '../modules/org/create-store.ts';
import { createTeam } from '../modules/org/create-team.ts';
import { createUser } from '../modules/org/create-user.ts';
import type { Clock } from '../platform/clock.ts';
import type { Ctx } from '../platform/context.ts';
import { type Actor, ROLES, type Role } from '../platform/permissions.ts';
import { loadDemoCatalog } from './demo-catalog.ts';
import { loadDemoCustomers } from './demo-customers.ts';
import { linkDemoWorker, loadDemoDispatchOrders } from './demo-dispatch.ts';
import { DEMO_JOB_WORKER_INDEX, loadDemoWorkers } from './demo-workers.ts';

/** Demo-only password of every demo login (README says so). */
export const DEMO_PASSWORD = 'anjia123';
export const DEMO_COMPANY = '安家家政（演示）';

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(companies);
  return (row?.n ?? 0) === 0;
}

/**
 * Loads the demo company through the same use cases the API uses (so it is audited like any
 * other write): three stores, one of them the call center, their teams, one user per role, the
 * workers (the `worker` login is 刘春梅's), customers, the catalog, and two 日常保洁 visits of the
 * `customer` login for tomorrow 09:00 and 14:00, contracted and ready to dispatch at 朝阳门店.
 */
export async function loadDemo(db: Db, clock: Clock): Promise<{ username: string; role: Role }[]> {
  const admin = await startCompany(db, clock, {
    name: DEMO_COMPANY,
    hotline: '400-800-1234',
    admin: { username: 'admin', displayName: '王管理', password: DEMO_PASSWORD, phone: '13800000001' },
  });
  const ctx: Ctx = { db, clock, actor: admin, requestId: 'demo-loader', ip: null };
  const callCenter = await createStore(ctx, {
    name: '呼叫部',
    kind: 'call_center',
    phone: '400-800-1234',
    address: '北京市朝阳区建国路 88 号 3 层',
  });
  const chaoyang = await createStore(ctx, {
    name: '朝阳门店',
    kind: 'store',
    phone: '010-65001234',
    address: '北京市朝阳区望京街 10 号',
  });
  const haidian = await createStore(ctx, {
    name: '海淀门店',
    kind: 'store',
    phone: '010-82001234',
    address: '北京市海淀区中关村大街 27 号',
  });

  const people: { username: Role; displayName: string; phone: string; storeId: string | null }[] = [
    { username: 'agent', displayName: '李客服', phone: '13800000002', storeId: callCenter.id },
    { username: 'store_manager', displayName: '张店长', phone: '13800000003', storeId: chaoyang.id },
    { username: 'dispatcher', displayName: '赵调度', phone: '13800000004', storeId: chaoyang.id },
    { username: 'supervisor', displayName: '孙督导', phone: '13800000005', storeId: chaoyang.id },
    { username: 'finance', displayName: '周财务', phone: '13800000006', storeId: null },
    { username: 'aftersales', displayName: '吴售后', phone: '13800000007', storeId: null },
    { username: 'worker', displayName: '刘阿姨', phone: '13900000001', storeId: chaoyang.id },
    { username: 'customer', displayName: '陈女士', phone: '13700000001', storeId: null },
  ];
  const ids: Record<string, string> = {};
  const actors: Record<string, Actor> = {};
  for (const p of people) {
    const u = await createUser(ctx, {
      username: p.username,
      displayName: p.displayName,
      phone: p.phone,
      password: DEMO_PASSWORD,
      roles: [{ role: p.username, storeId: p.storeId }],
    });
    ids[p.username] = u.id;
    actors[p.username] = {
      userId: u.id,
      companyId: admin.companyId,
      username: p.username,
      displayName: p.displayName,
      roles: [{ role: p.username, storeId: p.storeId }],
    };
  }
  await createTeam(ctx, { storeId: callCenter.id, name: '客服一组' });
  await createTeam(ctx, { storeId: chaoyang.id, name: '保洁一组', supervisorUserId: ids.supervisor });
  await createTeam(ctx, { storeId: chaoyang.id, name: '月嫂组', supervisorUserId: ids.supervisor });
  await createTeam(ctx, { storeId: haidian.id, name: '保洁二组' });
  const workerIds = await loadDemoWorkers(ctx, [chaoyang.id, haidian.id]);
  await linkDemoWorker(ctx, workerIds[DEMO_JOB_WORKER_INDEX]!, ids.worker!);
  const customer = await loadDemoCustomers(ctx, ids.customer);
  const services = await loadDemoCatalog(ctx);
  if (customer && services.daily_cleaning) {
    await loadDemoDispatchOrders(ctx, {
      manager: actors.store_manager!,
      customer: actors.customer!,
      customerName: '陈女士',
      customerId: customer.id,
      addressId: customer.addressId,
      serviceTypeId: services.daily_cleaning,
    });
  }
  return (['admin', ...people.map((p) => p.username)] as Role[]).map((r) => ({ username: r, role: r }));
}

export function formatLogins(logins: { username: string; role: Role }[]): string {
  const rows = logins.map(
    (l) => `  ${l.username.padEnd(14)} ${DEMO_PASSWORD}   ${ROLES[l.role].label} / ${ROLES[l.role].labelEn}`,
  );
  return ['演示账号 Demo logins (demo only — change before real use):', ...rows].join('\n');
}
