import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/platform.ts';
import { customersApiSuite, type Json } from '../support/customers-api.ts';

const t = customersApiSuite();
const { call, makeCustomer, writes, nextPhone } = t;

describe('phones, addresses and the blacklist of a customer file', () => {
  it('add and remove phones: duplicates refused, primary switched, the last one kept', async () => {
    const own = nextPhone();
    const c = await makeCustomer({ phones: [own] });
    const extra = nextPhone();
    const added = (await call('POST', `/customers/${c.id}/phones`, { phone: extra, isPrimary: true })).json();
    expect(added.phones).toEqual([
      { phone: `${extra.slice(0, 3)}****${extra.slice(-4)}`, isPrimary: true },
      { phone: c.phones[0].phone, isPrimary: false },
    ]);
    const theirs = nextPhone();
    const other = await makeCustomer({ phones: [theirs] });
    const dup = await call('POST', `/customers/${c.id}/phones`, { phone: theirs });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().duplicates.map((d: Json) => d.id)).toEqual([other.id]);
    // Staff name the phone as they see it, masked: removing needs no reveal.
    const masked = `${extra.slice(0, 3)}****${extra.slice(-4)}`;
    const removed = (await call('POST', `/customers/${c.id}/phones/remove`, { phone: masked })).json();
    expect(removed.phones).toEqual([{ phone: c.phones[0].phone, isPrimary: true }]);
    const before = await writes();
    const last = await call('POST', `/customers/${c.id}/phones/remove`, { phone: own });
    expect(last.statusCode).toBe(409);
    expect(last.json()).toMatchObject({
      code: 'INVALID_STATE',
      detail: '这是客户唯一的号码，不能删除；请先添加新号码',
    });
    expect(await writes()).toBe(before);
    const unknown = await call('POST', `/customers/${c.id}/phones/remove`, { phone: nextPhone() });
    expect(unknown.statusCode).toBe(422);
  });

  it('keep exactly one default address', async () => {
    const c = await makeCustomer();
    const addr = (n: number, isDefault?: boolean) => ({
      province: '北京市',
      city: '北京市',
      district: '朝阳区',
      community: `小区${n}`,
      detail: `${n}号楼`,
      isDefault,
    });
    const defaults = (v: Json) => v.addresses.filter((a: Json) => a.isDefault).map((a: Json) => a.community);
    let v = (await call('POST', `/customers/${c.id}/addresses`, addr(1))).json();
    expect(defaults(v)).toEqual(['小区1']);
    v = (await call('POST', `/customers/${c.id}/addresses`, addr(2, true))).json();
    expect(defaults(v)).toEqual(['小区2']);
    v = (await call('POST', `/customers/${c.id}/addresses`, addr(3))).json();
    expect(defaults(v)).toEqual(['小区2']);
    const a1 = v.addresses.find((a: Json) => a.community === '小区1').id;
    const a2 = v.addresses.find((a: Json) => a.community === '小区2').id;
    v = (
      await call('PATCH', `/customers/${c.id}/addresses/${a1}`, { isDefault: true, detail: '1号楼101' })
    ).json();
    expect(defaults(v)).toEqual(['小区1']);
    expect(v.addresses[0].detail).toBe('1号楼101');
    const unset = await call('PATCH', `/customers/${c.id}/addresses/${a1}`, { isDefault: false });
    expect(unset.statusCode).toBe(409);
    v = (await call('POST', `/customers/${c.id}/addresses/${a1}/remove`)).json();
    expect(defaults(v)).toEqual(['小区3']);
    expect(v.addresses.map((a: Json) => a.id)).not.toContain(a1);
    expect((await call('POST', `/customers/${c.id}/addresses/${a1}/remove`)).statusCode).toBe(404);
    expect(
      (await call('PATCH', `/customers/${c.id}/addresses/${a2}`, { detail: '' })).json().errors[0].label,
    ).toBe('详细地址');
  });

  it('blacklist with a reason, unblacklist, and PATCH only own fields', async () => {
    const c = await makeCustomer({ name: '钱' });
    expect((await call('POST', `/customers/${c.id}/blacklist`, {})).json().errors[0].label).toBe('原因');
    const b = (await call('POST', `/customers/${c.id}/blacklist`, { reason: '多次爽约' })).json();
    expect(b).toMatchObject({ blacklisted: true, blacklistReason: '多次爽约' });
    const listed = (await call('GET', '/customers?blacklisted=true')).json().items.map((x: Json) => x.id);
    expect(listed).toContain(c.id);
    const u = (await call('POST', `/customers/${c.id}/unblacklist`, { reason: '已沟通' })).json();
    expect(u).toMatchObject({ blacklisted: false, blacklistReason: null });
    const p = await call('PATCH', `/customers/${c.id}`, {
      name: '钱女士',
      notes: '下午方便',
      idNumber: null,
    });
    expect(p.json()).toMatchObject({ name: '钱女士', notes: '下午方便', hasIdNumber: false });
    const strict = await call('PATCH', `/customers/${c.id}`, { phones: [nextPhone()], blacklisted: true });
    expect(strict.statusCode).toBe(422);
    expect(strict.json().errors.map((e: Json) => e.field)).toEqual(['phones', 'blacklisted']);
  });

  it("answer 404 for another company's file", async () => {
    const c = await makeCustomer();
    expect((await call('GET', `/customers/${c.id}`, undefined, t.otherCookie)).statusCode).toBe(404);
    expect((await call('PATCH', `/customers/${c.id}`, { name: 'x' }, t.otherCookie)).statusCode).toBe(404);
    expect((await call('POST', `/customers/${c.id}/reveal-phone`, undefined, t.otherCookie)).statusCode).toBe(
      404,
    );
    const rows = await t.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.companyId, t.companyId), eq(auditLog.entityId, c.id)));
    expect(rows.map((r) => r.action)).toEqual(['customer.create']);
  });
});
