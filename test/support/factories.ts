import { randomBytes } from 'node:crypto';
import type { Db } from '../../src/db/client.ts';
import { startCompany } from '../../src/modules/onboarding/start-company.ts';
import { createStore } from '../../src/modules/org/create-store.ts';
import { createTeam } from '../../src/modules/org/create-team.ts';
import { createUser } from '../../src/modules/org/create-user.ts';
import type { Clock } from '../../src/platform/clock.ts';
import type { Ctx } from '../../src/platform/context.ts';
import type { Role } from '../../src/platform/permissions.ts';

export const PASSWORD = 'test-pass-123';
const uniq = () => randomBytes(4).toString('hex');

/** A fixed clock that tests can move. */
export function testClock(start = new Date('2026-12-04T02:00:00Z')) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

/** A new company with its admin: each test gets its own tenant, so tests never see each other's rows. */
export async function makeCompany(db: Db, clock: Clock) {
  const tag = uniq();
  const admin = await startCompany(db, clock, {
    name: `测试公司 ${tag}`,
    admin: { username: `admin_${tag}`, displayName: '测试管理员', password: PASSWORD },
  });
  const ctx: Ctx = { db, clock, actor: admin, requestId: `test-${tag}`, ip: '127.0.0.1' };
  return { tag, admin, ctx };
}

export async function makeStore(
  ctx: Ctx,
  over: Partial<{ name: string; kind: 'store' | 'call_center' }> = {},
) {
  return createStore(ctx, {
    name: over.name ?? `门店 ${uniq()}`,
    kind: over.kind ?? 'store',
    phone: '010-65001234',
  });
}

export async function makeTeam(ctx: Ctx, storeId: string, name = `班组 ${uniq()}`) {
  return createTeam(ctx, { storeId, name });
}

export async function makeUser(ctx: Ctx, role: Role, storeId: string | null = null, phone = '13812345678') {
  const username = `${role}_${uniq()}`;
  const user = await createUser(ctx, {
    username,
    displayName: `${role} 用户`,
    phone,
    password: PASSWORD,
    roles: [{ role, storeId }],
  });
  return { ...user, username };
}
