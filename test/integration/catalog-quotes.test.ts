import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.ts';
import { priceListVersions } from '../../src/db/schema/catalog.ts';
import { cleaningPrices, placementPrices } from '../../src/modules/catalog/sample-prices.ts';
import { makeApp } from '../support/app.ts';
import { catalogSetup } from '../support/catalog-setup.ts';
import { openTestDb } from '../support/db.ts';
import { testClock } from '../support/factories.ts';

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

describe('instant quotes', () => {
  it('prices a visit from the current version: minimum, night, extras, frequency discount', async () => {
    const { call, cleaning, published } = await setup();
    const { s } = await published(cleaning, cleaningPrices());
    const res = await call('POST', '/price-quote', {
      serviceTypeId: s.id,
      quantity: 2,
      startAt: '2026-12-09T12:30:00Z', // 20:30 in Shanghai
      extras: [{ code: 'fridge', qty: 1 }],
      frequencyPerMonth: 4,
    });
    expect(res.statusCode).toBe(200);
    const q = res.json();
    expect(q.lines.map((l: { code: string; amountFen: number }) => [l.code, l.amountFen])).toEqual([
      ['base', 10_000],
      ['minimum_charge', 5000],
      ['night', 3000],
      ['fridge', 8000],
      ['frequency', -1300],
    ]);
    expect(q.totalFen).toBe(24_700);
    // A disabled service is not sold: no quote.
    expect((await call('PATCH', `/service-types/${s.id}`, { status: 'disabled' })).statusCode).toBe(200);
    const off = await call('POST', '/price-quote', {
      serviceTypeId: s.id,
      quantity: 3,
      startAt: '2026-12-09T10:00:00+08:00',
    });
    expect(off.statusCode).toBe(409);
  });

  it('prices a placement: monthly total and first payment (§P)', async () => {
    const { call, nanny, published } = await setup();
    const { s } = await published(nanny, placementPrices());
    const q = (
      await call('POST', '/price-quote', {
        serviceTypeId: s.id,
        tier: 'middle',
        monthlyWageFen: 700_000,
        months: 12,
      })
    ).json();
    expect(q).toMatchObject({ monthlyTotalFen: 702_000, firstPaymentFen: 700_000 + 50_000 + 100_000 + 2000 });
    expect(q.lines.find((l: { code: string }) => l.code === 'trial_wage')).toMatchObject({
      quantity: 7,
      unitPriceFen: 26_923,
      amountFen: 7 * 26_923,
    });
    const out = await call('POST', '/price-quote', {
      serviceTypeId: s.id,
      tier: 'middle',
      monthlyWageFen: 900_000,
    });
    expect(out.statusCode).toBe(422);
    expect(out.json().errors[0]).toMatchObject({ field: 'monthlyWageFen', label: '月工资' });
  });

  it('rejects bad input with 422 naming the fields in Chinese, writing nothing', async () => {
    const { call, cleaning, nanny, admin } = await setup();
    const bad = await call('POST', '/service-types', {
      ...cleaning,
      code: 'X Y',
      unit: 'litre',
      defaultDuration: 0,
    });
    expect(bad.statusCode).toBe(422);
    const labels = bad.json().errors.map((e: { field: string; label: string }) => `${e.field}:${e.label}`);
    expect(labels).toEqual(
      expect.arrayContaining([
        'code:服务编码',
        'unit:计价单位',
        'defaultDuration:默认时长（上门：分钟；上户：天）',
      ]),
    );
    const mismatch = await call('POST', '/service-types', { ...cleaning, unit: 'month' });
    expect(mismatch.json().errors[0]).toMatchObject({ field: 'unit' });
    const skills = await call('POST', '/service-types', { ...cleaning, requiredSkillIds: ['skl_nope'] });
    expect(skills.json().errors[0]).toMatchObject({
      field: 'requiredSkillIds',
      message: '未知技能：skl_nope',
    });
    const s = (await call('POST', '/service-types', nanny)).json();
    const contents = await call('POST', `/service-types/${s.id}/price-lists`, {
      effectiveFrom: '2026-12-1',
      contents: { placement: { ...placementPrices().placement, dispatchFeeFen: -1, dailyRateDivisor: 0.5 } },
    });
    expect(contents.statusCode).toBe(422);
    const fields = contents
      .json()
      .errors.map((e: { field: string; label: string }) => `${e.field}:${e.label}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'effectiveFrom:生效日期',
        'contents.placement.dispatchFeeFen:派遣费（分）',
        'contents.placement.dailyRateDivisor:日工资折算天数',
      ]),
    );
    const wrongMode = await call('POST', `/service-types/${s.id}/price-lists`, {
      effectiveFrom: '2026-12-01',
      contents: cleaningPrices(),
    });
    expect(wrongMode.json().errors[0].field).toBe('contents.placement');
    const quote = await call('POST', '/price-quote', {
      serviceTypeId: s.id,
      quantity: -1,
      startAt: 'tomorrow',
    });
    expect(quote.json().errors.map((e: { label: string }) => e.label)).toEqual(['数量', '开始时间']);
    const rows = await handle.db
      .select()
      .from(priceListVersions)
      .where(eq(priceListVersions.companyId, admin.companyId));
    expect(rows).toEqual([]);
  });
});
