import { describe, expect, it } from 'vitest';
import { distinctPhones, fillEmpty, redactJson, redactText } from './customer.rules.ts';

describe('phones and redaction', () => {
  it('compare phones as digits, first one kept first', () => {
    expect(distinctPhones(['138 1234 5678', '010-65001234', '13812345678'])).toEqual([
      '13812345678',
      '01065001234',
    ]);
  });

  it('mask long digit runs in free text, also inside JSON', () => {
    expect(redactText('备用 13812345678，证件 11010519491231002X，门牌 1808')).toBe(
      '备用 138****5678，证件 110****002X，门牌 1808',
    );
    expect(redactJson({ a: ['找 13812345678'], n: 3 })).toEqual({ a: ['找 138****5678'], n: 3 });
  });

  it('fill only the empty fields of the target', () => {
    expect(fillEmpty({ a: 1, b: null, c: [] as number[] }, { a: 2, b: 3, c: [4] })).toEqual({
      value: { a: 1, b: 3, c: [4] },
      filled: ['b', 'c'],
    });
  });
});
