import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../../test/support/id-numbers.ts';
import { birthDateOf, idNumberProblem } from '../../platform/id-number.ts';
import { ageOn, checkTier, EDUCATION_ORDER, type TrustInputs, trustStatus } from './workers.rules.ts';

describe('ID numbers (GB 11643)', () => {
  it('accepts known-good numbers and rejects a wrong check digit', () => {
    expect(idNumberProblem('11010519491231002X')).toBeNull();
    expect(idNumberProblem('110105194912310021')).toBe('身份证号校验位不正确');
    expect(idNumberProblem('11010519491331002X')).toBe('身份证号中的出生日期无效');
    expect(idNumberProblem('1101051949123100')).toMatch(/18 位/);
    expect(birthDateOf('11010519491231002X')).toBe('1949-12-31');
  });

  it('any generated number validates, and changing one digit breaks it', () => {
    const birth = fc
      .date({ min: new Date('1950-01-01'), max: new Date('2008-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(birth, fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 16 }), (b, seq, pos) => {
        const id = makeIdNumber('410105', b, String(seq).padStart(3, '0'));
        expect(idNumberProblem(id)).toBeNull();
        const digit = Number(id[pos]);
        const changed = id.slice(0, pos) + String((digit + 1) % 10) + id.slice(pos + 1);
        expect(idNumberProblem(changed)).not.toBeNull();
      }),
    );
  });
});

describe('tiers (R12, seed §P)', () => {
  const today = '2026-12-04';
  it('computes age in whole years', () => {
    expect(ageOn('1980-12-05', today)).toBe(45);
    expect(ageOn('1980-12-04', today)).toBe(46);
  });

  it('refuses a tier whose hard requirements (age, education) are not met and lists missing skills', () => {
    const w = { birthDate: '1990-01-01', education: 'junior' as const, skillNames: ['做饭', '保洁'] };
    const middle = checkTier('middle', w, today);
    expect(middle.eligible).toBe(true);
    expect(middle.checks.filter((c) => !c.met).map((c) => c.requirement)).toContain('技能：育儿');
    expect(checkTier('senior_a', w, today).eligible).toBe(false);
    expect(checkTier('junior', { ...w, birthDate: '1975-01-01' }, today).eligible).toBe(false);
    expect(
      checkTier('senior_b', { ...w, education: 'college', birthDate: '1984-01-01' }, today).eligible,
    ).toBe(false);
  });

  it('more education never makes a tier ineligible', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        for (const tier of ['junior', 'middle', 'senior_a', 'senior_b'] as const) {
          const base = { birthDate: '1995-06-01', skillNames: [] };
          const low = checkTier(tier, { ...base, education: EDUCATION_ORDER[lo]! }, today).eligible;
          const high = checkTier(tier, { ...base, education: EDUCATION_ORDER[hi]! }, today).eligible;
          if (low) expect(high).toBe(true);
        }
      }),
    );
  });
});

describe('trust status', () => {
  const today = '2026-12-04';
  const good: TrustInputs = {
    identityVerified: true,
    openBlockingIncidents: 0,
    healthResult: 'pass',
    healthExpiresOn: '2027-06-01',
    backgroundResult: 'clear',
    backgroundExpiresOn: '2027-06-01',
    insuranceEndsOn: '2027-06-01',
  };

  it('is green when everything is valid', () => {
    expect(trustStatus(good, today)).toEqual({ level: 'green', reasons: [] });
  });

  it('is yellow naming what expired or expires within 30 days', () => {
    expect(trustStatus({ ...good, healthExpiresOn: '2026-11-30' }, today)).toEqual({
      level: 'yellow',
      reasons: ['健康证 2026-11-30 已过期'],
    });
    expect(trustStatus({ ...good, insuranceEndsOn: '2027-01-03' }, today).reasons).toEqual([
      '保险 2027-01-03 即将到期',
    ]);
    expect(trustStatus({ ...good, insuranceEndsOn: '2027-01-04' }, today).level).toBe('green');
  });

  it('is red for unverified identity, a blocking incident, a failed health check or a record', () => {
    expect(trustStatus({ ...good, identityVerified: false }, today).level).toBe('red');
    expect(trustStatus({ ...good, openBlockingIncidents: 1 }, today).level).toBe('red');
    expect(trustStatus({ ...good, healthResult: 'fail' }, today).level).toBe('red');
    expect(trustStatus({ ...good, backgroundResult: 'record' }, today).level).toBe('red');
  });

  it('red dominates yellow, and a later expiry never lowers the level', () => {
    const day = fc.integer({ min: -60, max: 400 }).map((n) => {
      const d = new Date('2026-12-04T00:00:00Z');
      d.setUTCDate(d.getUTCDate() + n);
      return d.toISOString().slice(0, 10);
    });
    const rank = { red: 0, yellow: 1, green: 2 };
    fc.assert(
      fc.property(fc.boolean(), day, day, (verified, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const x = trustStatus({ ...good, identityVerified: verified, healthExpiresOn: early }, today);
        const y = trustStatus({ ...good, identityVerified: verified, healthExpiresOn: late }, today);
        expect(rank[y.level]).toBeGreaterThanOrEqual(rank[x.level]);
        if (!verified) expect(x.level).toBe('red');
      }),
    );
  });
});
