import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.ts';
import { priceListVersions } from '../../src/db/schema/catalog.ts';
import { auditLog } from '../../src/db/schema/platform.ts';
import { loadDemoCatalog } from '../../src/demo/demo-catalog.ts';
import { cleaningPrices } from '../../src/modules/catalog/sample-prices.ts';
import { loginAs, makeApp } from '../support/app.ts';
import { catalogSetup } from '../support/catalog-setup.ts';
import { openTestDb } from '../support/db.ts';
import { makeStore, makeUser, testClock } from '../support/factories.ts';

let handle: DbHandle;
let app: FastifyInstance;
const clock = testClock(new Date('2026-12-04T02:00:00Z')); // 2026-12-04 10:00 in Shanghai

beforeAll(async () => {
  handle = await openTestDb();
  app = await makeApp(handle, clock);
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const setup = () => catalogSetup(handle.db, app, clock);
const auditOf = (id: string) =>
  handle.db.select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(auditLog.id);

describe('service types and price list versions', () => {
  it('creates a service type, a draft and publishes it, auditing each write', async () => {
    const { call, cleaning, skill } = await setup();
    const created = await call('POST', '/service-types', cleaning);
    expect(created.statusCode).toBe(201);
    const s = created.json();
    expect(s).toMatchObject({ code: 'daily_cleaning', mode: 'visit', status: 'active', minTier: null });
    expect(s.requiredSkillIds).toEqual([skill('保洁')]);
    const draft = await call('POST', `/service-types/${s.id}/price-lists`, {
      effectiveFrom: '2026-12-01',
      contents: cleaningPrices(),
    });
    expect(draft.statusCode).toBe(201);
    const v = draft.json();
    expect(v).toMatchObject({ version: 1, status: 'draft', current: false, publishedAt: null });
    expect((await call('GET', `/service-types/${s.id}/price-lists/current`)).statusCode).toBe(409);
    const pub = await call('POST', `/price-lists/${v.id}/publish`);
    expect(pub.json()).toMatchObject({ status: 'published', current: true });
    const detail = (await call('GET', `/service-types/${s.id}`)).json();
    expect(detail.versions.map((x: { version: number }) => x.version)).toEqual([1]);
    expect((await call('GET', '/service-types')).json().items.map((x: { id: string }) => x.id)).toEqual([
      s.id,
    ]);
    expect((await auditOf(s.id)).map((a) => a.action)).toEqual(['service_type.create']);
    expect((await auditOf(v.id)).map((a) => a.action)).toEqual(['price_list.create', 'price_list.publish']);
  });

  it('keeps a published version immutable: 409 with a Chinese reason, nothing changed', async () => {
    const { call, cleaning, published } = await setup();
    const { s, v } = await published(cleaning, cleaningPrices());
    const [before] = await handle.db.select().from(priceListVersions).where(eq(priceListVersions.id, v.id));
    const changed = { ...cleaningPrices(), visit: { ...cleaningPrices().visit, basePriceFen: 1 } };
    const res = await call('PATCH', `/price-lists/${v.id}`, { contents: changed });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'INVALID_STATE' });
    expect(res.json().detail).toContain('已发布');
    expect((await call('POST', `/price-lists/${v.id}/publish`)).statusCode).toBe(409);
    const [after] = await handle.db.select().from(priceListVersions).where(eq(priceListVersions.id, v.id));
    expect(after).toEqual(before);
    expect((await auditOf(v.id)).map((a) => a.action)).toEqual(['price_list.create', 'price_list.publish']);
    // Mode and unit are what the prices mean: fixed once published. The name may change.
    expect((await call('PATCH', `/service-types/${s.id}`, { unit: 'item' })).statusCode).toBe(409);
    const renamed = await call('PATCH', `/service-types/${s.id}`, {
      name: '日常保洁（标准）',
      minTier: 'middle',
    });
    expect(renamed.json()).toMatchObject({ name: '日常保洁（标准）', unit: 'hour', minTier: 'middle' });
    expect((await auditOf(s.id)).map((a) => a.action)).toEqual([
      'service_type.create',
      'service_type.update',
    ]);
  });

  it('lets a draft change; a new published version supersedes for quotes, the old stays readable', async () => {
    const { call, cleaning, published } = await setup();
    const { s, v: v1 } = await published(cleaning, cleaningPrices());
    const quote = () =>
      call('POST', '/price-quote', {
        serviceTypeId: s.id,
        quantity: 4,
        startAt: '2026-12-09T10:00:00+08:00',
      });
    expect((await quote()).json()).toMatchObject({ priceListVersionId: v1.id, version: 1, totalFen: 20_000 });
    const v2 = (
      await call('POST', `/service-types/${s.id}/price-lists`, {
        effectiveFrom: '2026-12-04',
        contents: cleaningPrices(),
      })
    ).json();
    expect(v2.version).toBe(2);
    const dearer = { ...cleaningPrices(), visit: { ...cleaningPrices().visit, basePriceFen: 6000 } };
    const patched = await call('PATCH', `/price-lists/${v2.id}`, { contents: dearer });
    expect(patched.statusCode).toBe(200);
    expect((await quote()).json().version).toBe(1); // a draft prices nothing
    await call('POST', `/price-lists/${v2.id}/publish`);
    expect((await quote()).json()).toMatchObject({ priceListVersionId: v2.id, version: 2, totalFen: 24_000 });
    const detail = (await call('GET', `/service-types/${s.id}`)).json();
    expect(detail.versions.map((x: { version: number; current: boolean }) => [x.version, x.current])).toEqual(
      [
        [2, true],
        [1, false],
      ],
    );
    expect(detail.versions[1].contents.visit.basePriceFen).toBe(5000);
    // A version effective from a later day waits for it.
    const later = { ...cleaningPrices(), visit: { ...cleaningPrices().visit, basePriceFen: 7000 } };
    const v3 = (
      await call('POST', `/service-types/${s.id}/price-lists`, {
        effectiveFrom: '2027-01-01',
        contents: later,
      })
    ).json();
    await call('POST', `/price-lists/${v3.id}/publish`);
    expect((await call('GET', `/service-types/${s.id}/price-lists/current`)).json().id).toBe(v2.id);
  });
});

describe('access and the demo catalog', () => {
  it('lets a dispatcher and a customer read and quote, but not write (403)', async () => {
    const { ctx, call, cleaning, published } = await setup();
    const { s, v } = await published({ ...cleaning, minTier: 'middle' }, cleaningPrices());
    const store = await makeStore(ctx);
    const dispatcher = await loginAs(app, (await makeUser(ctx, 'dispatcher', store.id)).username);
    const customer = await loginAs(app, (await makeUser(ctx, 'customer', null, '13700001111')).username);
    for (const c of [dispatcher, customer]) {
      expect((await call('GET', '/service-types', undefined, c)).statusCode).toBe(200);
      expect((await call('GET', `/service-types/${s.id}`, undefined, c)).statusCode).toBe(200);
      const q = await call(
        'POST',
        '/price-quote',
        { serviceTypeId: s.id, quantity: 3, startAt: '2026-12-09T10:00:00+08:00', tier: 'junior' },
        c,
      );
      expect(q.json().errors[0]).toMatchObject({ field: 'tier', message: '该服务要求至少中级家政员' });
      expect((await call('POST', '/service-types', { ...cleaning, code: 'other' }, c)).statusCode).toBe(403);
      expect((await call('PATCH', `/service-types/${s.id}`, { name: '改名' }, c)).statusCode).toBe(403);
      expect(
        (
          await call(
            'POST',
            `/service-types/${s.id}/price-lists`,
            { effectiveFrom: '2026-12-01', contents: cleaningPrices() },
            c,
          )
        ).statusCode,
      ).toBe(403);
      expect((await call('POST', `/price-lists/${v.id}/publish`, undefined, c)).statusCode).toBe(403);
    }
    const list = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.companyId, ctx.actor.companyId), eq(auditLog.entityType, 'service_type')));
    expect(list).toHaveLength(1);
  });

  it('loads the demo catalog with published prices that quote', async () => {
    const { ctx, call } = await setup();
    const ids = await loadDemoCatalog(ctx);
    expect(Object.keys(ids)).toHaveLength(7);
    const clean = (
      await call('POST', '/price-quote', {
        serviceTypeId: ids.daily_cleaning,
        quantity: 3,
        startAt: '2027-02-06T09:00:00+08:00',
      })
    ).json();
    expect(clean.totalFen).toBe(15_000 + 7500); // ¥50 × 3 h, +50% on the Spring Festival
    const maternity = (await call('POST', '/price-quote', { serviceTypeId: ids.maternity })).json();
    expect(maternity.lines[0]).toMatchObject({ code: 'wage', unit: 'cycle26', unitPriceFen: 1_180_000 });
    const detail = (await call('GET', `/service-types/${ids.nanny}`)).json();
    expect(detail.requiredSkillIds).toHaveLength(3);
  });
});
