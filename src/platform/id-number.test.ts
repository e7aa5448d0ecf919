import { describe, expect, it } from 'vitest';
import { checkCharacter, idNumberProblem } from './id-number.ts';

describe('ID numbers (GB 11643, R6)', () => {
  it('compute the check character', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(idNumberProblem('11010519491231002X')).toBeNull();
    expect(idNumberProblem('11010519491231002x')).toBeNull(); // normalised to upper case
    expect(idNumberProblem('110105194912310021')).toBe('身份证号校验位不正确');
  });

  it('accept only real birth dates between 1900 and today', () => {
    const today = new Date('2026-12-04T00:00:00Z');
    const withBirth = (ymd: string) => {
      const first17 = `110105${ymd}000`;
      return first17 + checkCharacter(first17);
    };
    expect(idNumberProblem(withBirth('20000229'), today)).toBeNull(); // a leap day
    expect(idNumberProblem(withBirth('19000229'), today)).toBe('身份证号中的出生日期无效'); // 1900 was not a leap year
    expect(idNumberProblem(withBirth('19901301'), today)).toBe('身份证号中的出生日期无效');
    expect(idNumberProblem(withBirth('18991231'), today)).toBe('身份证号中的出生日期无效');
    expect(idNumberProblem(withBirth('20261205'), today)).toBe('身份证号中的出生日期无效');
  });
});
