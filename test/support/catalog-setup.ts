import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import type { Clock } from '../../src/platform/clock.ts';
import { loginAs } from './app.ts';
import { makeCompany } from './factories.ts';

type Method = 'GET' | 'POST' | 'PATCH';

/**
 * A new company for catalog tests: its admin's API caller, the skill lookup, two service-type
 * bodies (日常保洁 visit, 保姆 placement) and `published(type, contents)` for a service with a
 * published first price-list version.
 */
export async function catalogSetup(db: Db, app: FastifyInstance, clock: Clock) {
  const { admin, ctx } = await makeCompany(db, clock);
  const cookie = await loginAs(app, admin.username);
  const call = (method: Method, url: string, payload?: object, c = cookie) =>
    app.inject({ method, url: `/api/v1${url}`, headers: { cookie: c }, ...(payload ? { payload } : {}) });
  const skills = (await call('GET', '/skills')).json().items as { id: string; name: string }[];
  const skill = (name: string) => skills.find((s) => s.name === name)!.id;
  const cleaning = {
    code: 'daily_cleaning',
    name: '日常保洁',
    mode: 'visit',
    unit: 'hour',
    defaultDuration: 180,
    requiredSkillIds: [skill('保洁')],
  };
  const nanny = { code: 'nanny', name: '保姆', mode: 'placement', unit: 'month', defaultDuration: 30 };
  const published = async (type: object, contents: object, effectiveFrom = '2026-12-01') => {
    const s = (await call('POST', '/service-types', type)).json();
    const v = (await call('POST', `/service-types/${s.id}/price-lists`, { effectiveFrom, contents })).json();
    expect((await call('POST', `/price-lists/${v.id}/publish`)).statusCode).toBe(200);
    return { s, v };
  };
  return { admin, ctx, cookie, call, skill, cleaning, nanny, published };
}
