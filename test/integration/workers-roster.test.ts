import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.ts';
import { auditLog } from '../../src/db/schema/platform.ts';
import { loginAs, makeApp } from '../support/app.ts';
import { openTestDb } from '../support/db.ts';
import { makeCompany, makeStore, makeUser, testClock } from '../support/factories.ts';
import { makeIdNumber } from '../support/id-numbers.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EXISTING_PHONE = '13700000001';

let handle: DbHandle;
let app: FastifyInstance;
const clock = testClock(new Date('2026-12-04T02:00:00Z'));

beforeAll(async () => {
  handle = await openTestDb();
  app = await makeApp(handle, clock);
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

type Setup = Awaited<ReturnType<typeof setup>>;
async function setup() {
  const { admin, ctx } = await makeCompany(handle.db, clock);
  const storeA = await makeStore(ctx, { name: '朝阳门店' });
  const storeB = await makeStore(ctx, { name: '海淀门店' });
  const cookie = await loginAs(app, admin.username);
  const call = (
    method: 'GET' | 'POST',
    url: string,
    opts: { payload?: unknown; type?: string; c?: string } = {},
  ) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: opts.c ?? cookie, ...(opts.type ? { 'content-type': opts.type } : {}) },
      ...(opts.payload !== undefined ? { payload: opts.payload as string } : {}),
    });
  const upload = (file: Buffer, query: string, c?: string) =>
    call('POST', `/workers/import?${query}`, { payload: file, type: XLSX, c });
  return { admin, ctx, storeA, storeB, cookie, call, upload };
}

/** A workbook with one sheet: the header row, then the given rows as they are (numbers stay numbers). */
async function workbook(header: string[], rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function readSheet(buf: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  const out: string[][] = [];
  wb.worksheets[0]!.eachRow((row) => {
    out.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v))));
  });
  return out;
}

async function countListed(call: Setup['call'], query: string): Promise<number> {
  let n = 0;
  let cursor = '';
  for (;;) {
    const res = await call('GET', `/workers?${query}&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.statusCode).toBe(200);
    n += res.json().items.length;
    cursor = res.json().nextCursor;
    if (!cursor) return n;
  }
}

// Columns in an order of their own (matched by header text), required ones marked with *.
const HEADER = [
  '手机号*',
  '姓名*',
  '身份证号*',
  '性别*',
  '学历',
  '籍贯*',
  '居住区域*',
  '用工模式*',
  '技能',
  '备注',
];
HEADER.push('紧急联系人', '紧急联系电话');
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
const GIVEN = ['秀英', '桂兰', '春梅', '玉珍', '丽华', '淑芬', '美玲'];
const EDUCATION = ['小学', '初中', '高中', '中专', '大专', '本科'];
const SKILLS = ['保洁、做饭', '育儿,洗衣熨烫', '', '老人照护'];
const phoneOf = (i: number) => `139${String(i).padStart(8, '0')}`;
const idOf = (i: number) =>
  makeIdNumber('411502', new Date(Date.UTC(1968, 0, 1) + i * 86_400_000).toISOString().slice(0, 10), '128');

/** Row i of the 1,000 (Excel row i + 3, after the header and a hint row). */
function goodRow(i: number): Record<string, unknown> {
  const id = idOf(i);
  return {
    '手机号*': i % 3 === 0 ? Number(phoneOf(i)) : phoneOf(i), // Excel users type phones as numbers
    '姓名*': SURNAMES[i % 10]! + GIVEN[i % 7]!,
    '身份证号*': i % 2 === 0 ? id.toLowerCase() : id,
    '性别*': i % 25 === 0 ? '男' : '女',
    学历: EDUCATION[i % 6],
    '籍贯*': ['河南信阳', '安徽阜阳', '四川南充'][i % 3],
    '居住区域*': '朝阳区',
    '用工模式*': i % 2 ? '员工制' : '中介制',
    技能: SKILLS[i % 4],
    备注: i % 10 === 0 ? '可住家' : '',
    紧急联系人: i % 5 === 0 ? '张先生' : '',
    紧急联系电话: i % 5 === 0 ? `136${String(i).padStart(8, '0')}` : '',
  };
}
const row = (i: number) => i + 3;
/** The ten bad rows: what is wrong with each, and the field the report must name. */
const BAD: Record<number, [string, (r: Record<string, unknown>) => void]> = {
  5: ['idNumber', (r) => (r['身份证号*'] = `${idOf(5).slice(0, 17)}${idOf(5)[17] === '0' ? '1' : '0'}`)],
  50: ['skills', (r) => (r.技能 = '保洁、修电脑')],
  100: ['phone', (r) => (r['手机号*'] = phoneOf(10))],
  150: ['phone', (r) => (r['手机号*'] = EXISTING_PHONE)],
  200: ['name', (r) => (r['姓名*'] = '')],
  250: ['education', (r) => (r.学历 = '不详')],
  300: ['idNumber', (r) => (r['身份证号*'] = idOf(20))],
  350: ['gender', (r) => (r['性别*'] = '未知')],
  400: ['phone', (r) => (r['手机号*'] = '1381234567')],
  450: ['idNumber', (r) => (r['身份证号*'] = makeIdNumber('110101', '2012-05-01', '123'))],
};

function rosterRows(n: number): unknown[][] {
  const hint: Record<string, string> = {
    '姓名*': '【填写说明，导入时跳过本行】必填',
    '手机号*': '11 位手机号',
  };
  const rows: unknown[][] = [HEADER.map((h) => hint[h] ?? '')];
  for (let i = 0; i < n; i++) {
    const r = goodRow(i);
    BAD[i]?.[1](r);
    rows.push(HEADER.map((h) => r[h] ?? ''));
  }
  return rows;
}

describe('a roster of 1,000 rows, 10 of them bad', () => {
  let s: Setup;
  let file: Buffer;
  beforeAll(async () => {
    s = await setup();
    const existing = await s.call('POST', '/workers', {
      payload: {
        storeId: s.storeA.id,
        name: '已有阿姨',
        gender: 'female',
        idNumber: makeIdNumber('411502', '1980-02-02', '555'),
        nativePlace: '河南信阳',
        phone: EXISTING_PHONE,
        education: 'junior',
        homeDistrict: '朝阳区',
        employmentModel: 'employee',
      },
      type: 'application/json',
    });
    expect(existing.statusCode).toBe(201);
    file = await workbook(HEADER, rosterRows(1000));
  });

  const expected = Object.entries(BAD)
    .map(([i, [field]]) => ({ row: row(Number(i)), field }))
    .sort((a, b) => a.row - b.row);

  it('dry run: reports what would happen and writes nothing', async () => {
    const res = await s.upload(file, `storeId=${s.storeA.id}&dryRun=1`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ imported: 990, failed: 10, dryRun: true });
    expect(await countListed(s.call, `storeId=${s.storeA.id}`)).toBe(1);
    const audits = await handle.db.select().from(auditLog).where(eq(auditLog.companyId, s.admin.companyId));
    expect(audits.filter((a) => a.action.startsWith('worker.import'))).toHaveLength(0);
  });

  it('imports the 990 valid rows and names each bad row and field', async () => {
    const res = await s.upload(file, `storeId=${s.storeA.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as {
      imported: number;
      failed: number;
      dryRun: boolean;
      errors: { row: number; field: string; message: string }[];
    };
    expect(body).toMatchObject({ imported: 990, failed: 10, dryRun: false });
    expect(body.errors.map((e) => ({ row: e.row, field: e.field }))).toEqual(expected);
    const message = (i: number) => body.errors.find((e) => e.row === row(i))!.message;
    expect(message(5)).toContain('校验位');
    expect(message(50)).toContain('修电脑');
    expect(message(100)).toContain(`第 ${row(10)} 行`);
    expect(message(150)).toContain('已有阿姨');
    expect(message(250)).toContain('不详');
    expect(message(300)).toContain(`第 ${row(20)} 行`);
    expect(message(450)).toContain('未满 16 周岁');
    for (const e of body.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);

    expect(await countListed(s.call, `storeId=${s.storeA.id}`)).toBe(991);
    const audits = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.companyId, s.admin.companyId), eq(auditLog.entityType, 'worker')));
    expect(audits.filter((a) => a.action === 'worker.create')).toHaveLength(991);
    const imports = audits.filter((a) => a.action === 'worker.import');
    expect(imports.map((a) => [a.entityId, a.payload])).toEqual([
      [s.storeA.id, { storeId: s.storeA.id, imported: 990, failed: 10 }],
    ]);
    expect(JSON.stringify(audits)).not.toContain(phoneOf(1));
  });

  it('wrote each file whole: skills from both separators, numbers typed as numbers, lower-case x', async () => {
    const list = await s.call('GET', `/workers?storeId=${s.storeA.id}&q=${phoneOf(1).slice(0, 11)}`);
    const [item] = list.json().items;
    const detail = (await s.call('GET', `/workers/${item.id}`)).json();
    expect(detail.skills.map((k: { name: string }) => k.name).sort()).toEqual(['洗衣熨烫', '育儿'].sort());
    expect(detail).toMatchObject({ gender: 'female', education: 'junior', employmentModel: 'employee' });
    // Row 6: the phone was a number cell, the ID number ended in a lower-case x or digit.
    const numeric = (await s.call('GET', `/workers?q=${phoneOf(6)}`)).json().items;
    expect(numeric).toHaveLength(1);
    const reveal = await s.call('POST', `/workers/${numeric[0].id}/reveal`);
    expect(reveal.json()).toMatchObject({ idNumber: idOf(6).toUpperCase(), phone: phoneOf(6) });
    const skills = (await s.call('GET', '/skills')).json().items as { id: string; name: string }[];
    const childcare = skills.find((k) => k.name === '育儿')!;
    const withChildcare = [...Array(1000).keys()].filter((i) => i % 4 === 1 && !BAD[i]).length;
    expect(await countListed(s.call, `skillId=${childcare.id}`)).toBe(withChildcare);
  });

  it('exports every matching row as .xlsx with masked phone and ID numbers only', async () => {
    const res = await s.call('GET', `/workers/export.xlsx?storeId=${s.storeA.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain(XLSX);
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment;/);
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1]!)).toBe('家政员名册.xlsx');
    const rows = await readSheet(res.rawPayload);
    expect(rows[0]).toEqual([
      '姓名',
      '性别',
      '身份证号',
      '手机号',
      '籍贯',
      '学历',
      '居住区域',
      '门店',
      '用工模式',
      '技能',
      '等级',
      '状态',
      '安心状态',
      '最近到期',
    ]);
    const data = rows.slice(1);
    expect(data).toHaveLength(991); // two pages of 500
    for (const r of data) {
      expect(r[3]).toMatch(/^1\d{2}\*{4}\d{4}$/);
      expect(r[2]).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
      expect(r[7]).toBe('朝阳门店');
      expect(r.join('|')).not.toMatch(/\d{11}/);
    }
    expect(res.rawPayload.includes(Buffer.from(phoneOf(1)))).toBe(false);
    expect(new Set(data.map((r) => r[8]))).toEqual(new Set(['员工制', '中介制']));
    expect(new Set(data.map((r) => r[11]))).toEqual(new Set(['待聘']));
    expect(new Set(data.map((r) => r[12]))).toEqual(new Set(['暂停'])); // identity not yet verified
    expect(data.filter((r) => r[9] === '洗衣熨烫、育儿')).toHaveLength(
      [...Array(1000).keys()].filter((i) => i % 4 === 1 && !BAD[i]).length,
    );

    const filtered = await s.call('GET', `/workers/export.xlsx?storeId=${s.storeA.id}&q=${SURNAMES[2]}`);
    expect((await readSheet(filtered.rawPayload)).length - 1).toBe(100);
    const other = await s.call('GET', `/workers/export.xlsx?storeId=${s.storeB.id}`);
    expect(await readSheet(other.rawPayload)).toHaveLength(1);
  });

  it('keeps a store manager to her store: no import into another store, no rows of it in her export', async () => {
    const managerB = await makeUser(s.ctx, 'store_manager', s.storeB.id);
    const c = await loginAs(app, managerB.username);
    expect((await s.upload(file, `storeId=${s.storeA.id}&dryRun=1`, c)).statusCode).toBe(404);
    const res = await s.call('GET', '/workers/export.xlsx', { c });
    expect(res.statusCode).toBe(200);
    expect(await readSheet(res.rawPayload)).toHaveLength(1);
    const dispatcher = await makeUser(s.ctx, 'dispatcher', s.storeA.id);
    const d = await loginAs(app, dispatcher.username);
    expect((await s.upload(file, `storeId=${s.storeA.id}`, d)).statusCode).toBe(403);
    expect((await s.call('GET', '/workers/export.xlsx', { c: d })).statusCode).toBe(200);
  });
});

describe('the import endpoint and template', () => {
  it('refuses what is not a roster: 415 for JSON, 422 for other bytes, missing columns or no rows', async () => {
    const { storeA, call, upload } = await setup();
    const json = await call('POST', `/workers/import?storeId=${storeA.id}`, {
      payload: JSON.stringify({ rows: [] }),
      type: 'application/json',
    });
    expect(json.statusCode).toBe(415);
    const garbage = await upload(Buffer.from('not a spreadsheet'), `storeId=${storeA.id}`);
    expect(garbage.statusCode).toBe(422);
    expect(garbage.json().errors[0]).toMatchObject({ field: 'file' });
    const missing = await upload(
      await workbook(['姓名', '手机号'], [['王秀英', '13900000001']]),
      `storeId=${storeA.id}`,
    );
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors[0].message).toContain('身份证号');
    // An ID number typed as a number has already lost its last digits: the row says so.
    const numericId = Number(idOf(1));
    const lossy = await upload(
      await workbook(HEADER, [HEADER.map((h) => (h === '身份证号*' ? numericId : goodRow(1)[h]))]),
      `storeId=${storeA.id}`,
    );
    expect(lossy.json()).toMatchObject({ imported: 0, failed: 1, errors: [{ row: 2, field: 'idNumber' }] });
    expect(lossy.json().errors[0].message).toContain('文本格式');
    const empty = await upload(await workbook(HEADER, []), `storeId=${storeA.id}`);
    expect(empty.statusCode).toBe(422);
    expect((await upload(await workbook(HEADER, []), 'storeId=sto_nope')).statusCode).toBe(404);
    expect(
      (await call('POST', '/workers/import', { payload: Buffer.from('x'), type: XLSX })).statusCode,
    ).toBe(422);
  });

  it('gives a template whose hint row is skipped, so a filled-in copy imports', async () => {
    const { storeA, call, cookie } = await setup();
    const res = await call('GET', '/workers/import-template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain(XLSX);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      '姓名*',
      '性别*',
      '身份证号*',
      '手机号*',
      '籍贯*',
      '学历*',
      '居住区域*',
      '用工模式*',
      '技能',
      '紧急联系人',
      '紧急联系电话',
      '备注',
    ]);
    expect(String(ws.getRow(2).getCell(9).value)).toContain('育儿');
    ws.addRow(['周桂兰', '女', idOf(7), phoneOf(7), '湖南衡阳', '初中', '海淀区', '中介制', '保洁']);
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const send = () =>
      app.inject({
        method: 'POST',
        url: `/api/v1/workers/import?storeId=${storeA.id}`,
        headers: { cookie, 'content-type': XLSX, 'idempotency-key': 'roster-upload-1' },
        payload: filled,
      });
    const imported = await send();
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({ imported: 1, failed: 0, errors: [], dryRun: false });
    // A retried upload with the same key gets the first answer again, not "duplicate phone".
    const retried = await send();
    expect(retried.headers['idempotent-replayed']).toBe('true');
    expect(retried.json()).toEqual(imported.json());
    expect(await countListed(call, `storeId=${storeA.id}`)).toBe(1);
  });
});
