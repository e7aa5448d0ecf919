import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { customers } from '../../src/db/schema/customers.ts';
import { blindIndex, decrypt } from '../../src/platform/crypto.ts';
import { customersApiSuite, type Json } from '../support/customers-api.ts';

const t = customersApiSuite();
const { call, makeCustomer, writes, nextPhone } = t;

/** GB 11643: weights, sum mod 11 → check character. Computed here independently of the code. */
function withCheck(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

describe('customer files', () => {
  it('are created, read back masked, listed and searched by name and phone, newest first', async () => {
    const [p1, p2] = [nextPhone(), nextPhone()];
    const idNumber = withCheck('11010519491231002');
    expect(idNumber).toBe('11010519491231002X'); // the textbook example
    const created = await makeCustomer({
      name: '王秀英',
      phones: [p1, `${p2.slice(0, 3)} ${p2.slice(3)}`],
      idNumber,
      household: { areaM2: 120, members: 4, children: [{ age: 3 }], pets: '一只猫' },
      preferences: { cuisine: '川菜', workerAgeMax: 50 },
      tags: ['VIP', '月嫂', 'VIP'],
      addresses: [
        {
          province: '北京市',
          city: '北京市',
          district: '朝阳区',
          community: '望京花园',
          detail: '3号楼2单元501',
        },
        {
          province: '北京市',
          city: '北京市',
          district: '海淀区',
          community: '世纪城',
          detail: '8号楼1门101',
          isDefault: true,
        },
      ],
    });
    expect(created).toMatchObject({
      name: '王秀英',
      phones: [
        { phone: `${p1.slice(0, 3)}****${p1.slice(-4)}`, isPrimary: true },
        { phone: `${p2.slice(0, 3)}****${p2.slice(-4)}`, isPrimary: false },
      ],
      idNumberMasked: '1101**********002X',
      hasIdNumber: true,
      sourceChannel: 'phone',
      tags: ['VIP', '月嫂'],
      blacklisted: false,
      mergedIntoId: null,
      history: { orders: [], complaints: [], payments: [] },
    });
    expect(created.addresses.map((a: Json) => [a.community, a.detail, a.isDefault])).toEqual([
      ['世纪城', '8号楼1门101', true],
      ['望京花园', '3号楼2单元501', false],
    ]);
    expect(JSON.stringify(created)).not.toMatch(new RegExp(`${p1}|${p2}|${idNumber}`));
    const [row] = await t.handle.db.select().from(customers).where(eq(customers.id, created.id));
    expect(row!.idNumberEnc).not.toContain(idNumber);
    expect(decrypt(row!.idNumberEnc!)).toBe(idNumber);
    expect(row!.idNumberHash).toBe(blindIndex(idNumber));

    expect((await call('GET', `/customers/${created.id}`)).json()).toEqual(created);
    const list = async (q: string) =>
      (await call('GET', `/customers?${q}`)).json().items.map((c: Json) => c.id);
    expect(await list(`q=${encodeURIComponent('秀英')}`)).toEqual([created.id]);
    expect(await list(`q=${p2.slice(2, 9)}`)).toEqual([created.id]);
    expect(await list(`phone=${p1}`)).toEqual([created.id]);
    expect(await list(`tag=${encodeURIComponent('月嫂')}`)).toEqual([created.id]);
    expect(await list(`q=${encodeURIComponent('秀英')}&blacklisted=true`)).toEqual([]);

    const paged = [];
    for (let i = 0; i < 3; i++) paged.push((await makeCustomer({ name: `分页客户${i}` })).id);
    const first = (await call('GET', `/customers?q=${encodeURIComponent('分页')}&limit=2`)).json();
    expect(first.items.map((c: Json) => c.id)).toEqual([paged[2], paged[1]]);
    const second = (
      await call('GET', `/customers?q=${encodeURIComponent('分页')}&limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items.map((c: Json) => c.id)).toEqual([paged[0]]);
    expect(second.nextCursor).toBeNull();
  });

  it('check the ID number (check character, real birth date) naming the field; nothing is written', async () => {
    const before = await writes();
    const good = withCheck('44030419900307123');
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const bad = await call('POST', '/customers', {
      name: '李',
      phones: [nextPhone()],
      sourceChannel: 'online',
      idNumber: wrongCheck,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([
      { field: 'idNumber', label: '身份证号', message: '身份证号校验位不正确' },
    ]);
    const feb31 = withCheck('44030419900231123');
    const badDate = await call('POST', '/customers', {
      name: '李',
      phones: [nextPhone()],
      sourceChannel: 'online',
      idNumber: feb31,
    });
    expect(badDate.json().errors[0]).toMatchObject({
      field: 'idNumber',
      message: '身份证号中的出生日期无效',
    });
    const bogus = await call('POST', '/customers', {
      name: '',
      phones: ['12345'],
      sourceChannel: 'fax',
      x: 1,
    });
    expect(bogus.statusCode).toBe(422);
    expect(bogus.json().errors.map((e: Json) => e.label ?? e.field)).toEqual([
      '客户姓名',
      '电话',
      '来源渠道',
      'x',
    ]);
    expect(await writes()).toBe(before);

    const lower = withCheck('11010519491231002').toLowerCase();
    expect((await makeCustomer({ idNumber: lower })).idNumberMasked).toBe('1101**********002X');
    expect((await makeCustomer({ idNumber: good })).hasIdNumber).toBe(true);
  });

  it('refuse a phone that is already on a live file (409 with the duplicates) unless allowed', async () => {
    const phone = nextPhone();
    const first = await makeCustomer({ name: '赵先生', phones: [phone] });
    const before = await writes();
    const dup = await call('POST', '/customers', {
      name: '赵生',
      phones: [nextPhone(), phone],
      sourceChannel: 'walk_in',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.headers['content-type']).toMatch(/^application\/problem\+json/);
    const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
    expect(dup.json()).toMatchObject({
      code: 'CUSTOMER_DUPLICATE',
      title: '疑似重复客户',
      detail: `手机号 ${masked} 已属于客户「赵先生」。`,
      duplicates: [{ id: first.id, name: '赵先生', maskedPhone: masked }],
    });
    expect(await writes()).toBe(before);
    const second = await makeCustomer({ name: '赵生', phones: [phone], allowDuplicate: true });
    const found = (await call('GET', `/customers/duplicates?phone=${phone}`)).json().items;
    expect(found.map((d: Json) => d.id)).toEqual([second.id, first.id]);
    // Two agents entering the same caller at once: the second waits for the first, then sees it.
    const racer = nextPhone();
    const race = await Promise.all(
      ['甲', '乙'].map((name) =>
        call('POST', '/customers', { name, phones: [racer], sourceChannel: 'phone' }),
      ),
    );
    expect(race.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const tail = nextPhone().slice(-8);
    const landline = await makeCustomer({ phones: [`0571-${tail}`] });
    const again = await call('POST', '/customers', {
      name: 'x',
      phones: [`0571${tail}`],
      sourceChannel: 'other',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().duplicates.map((d: Json) => d.id)).toEqual([landline.id]);
  });

  it('are described in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ url: '/docs/json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/customers', '/api/v1/customers/{id}/merge', '/api/v1/me/customer']),
    );
  });
});
