import { describe, expect, it } from 'vitest';
import { hardRuleViolations, type JobFacts, serviceDaysOf, type WorkerFacts } from './eligibility.rules.ts';
import { DEFAULT_DISPATCH_SETTINGS as S } from './settings.ts';

const job: JobFacts = {
  mode: 'visit',
  customerId: 'c1',
  storeId: 'st1',
  urgent: false,
  requiredSkills: [{ id: 'sk1', name: '保洁' }],
  minTier: 'middle',
  requiredCertKinds: [],
  startsAt: new Date('2026-12-07T01:00:00Z'), // Monday 09:00 Shanghai
  endsAt: new Date('2026-12-07T04:00:00Z'),
  serviceDays: ['2026-12-07'],
};
const ok: WorkerFacts = {
  id: 'w1',
  storeId: 'st1',
  status: 'available',
  tier: 'middle',
  skillIds: ['sk1'],
  trust: { level: 'green', reasons: [] },
  healthResult: 'pass',
  healthExpiresOn: '2027-06-01',
  certificates: [],
  trainings: [{ kind: 'general', trainedOn: '2026-01-01', result: 'pass' }],
  blockedByCustomer: null,
  workDays: [1, 2, 3, 4, 5, 6],
  workStart: '08:00:00',
  workEnd: '18:00:00',
  leaves: [],
  overlapping: [],
};
const reasons = (w: Partial<WorkerFacts>, j: Partial<JobFacts> = {}) =>
  hardRuleViolations({ ...ok, ...w }, { ...job, ...j }, S).map((v) => `${v.rule}: ${v.reason}`);

describe('hard rules', () => {
  it('a worker who meets them all breaks none', () => {
    expect(reasons({})).toEqual([]);
  });

  it('names each broken rule in words', () => {
    expect(reasons({ healthExpiresOn: '2026-11-30' })).toEqual(['health: 健康证 2026-11-30 已过期']);
    expect(reasons({ skillIds: [] })).toEqual(['skill: 缺少技能：保洁']);
    expect(reasons({ tier: 'junior' })).toEqual(['tier: 等级初级，低于要求的中级']);
    expect(reasons({ trust: { level: 'red', reasons: ['身份未核验'] } })).toEqual([
      'trust: 安心状态红色：身份未核验',
    ]);
    expect(reasons({ trainings: [] })).toEqual(['training: 未完成岗前培训']);
    expect(reasons({ blockedByCustomer: '态度不好' })).toEqual(['blocked: 客户不再选用：态度不好']);
    expect(reasons({ status: 'resting' })).toEqual(['status: 状态：休息中']);
    expect(reasons({ storeId: 'st2' })).toEqual(['store: 非本店家政员（非紧急订单由本店派单）']);
    expect(reasons({ storeId: 'st2' }, { urgent: true })).toEqual([]); // R4: urgent orders take every store
    expect(reasons({ workDays: [2, 3] })).toEqual(['calendar: 周一不上班']);
    expect(reasons({ workStart: '10:00' })).toEqual(['calendar: 工作时间 10:00–18:00，不含 09:00–12:00']);
    expect(reasons({ leaves: [{ kind: 'leave', startsOn: '2026-12-06', endsOn: '2026-12-08' }] })).toEqual([
      'leave: 请假 2026-12-06 至 2026-12-08',
    ]);
    expect(
      reasons({
        overlapping: [
          {
            bookingId: 'b1',
            orderId: 'ord9',
            startsAt: new Date('2026-12-07T02:00:00Z'),
            endsAt: new Date('2026-12-07T05:00:00Z'),
          },
        ],
      }),
    ).toEqual(['overlap: 12-07 10:00–13:00 已有安排（订单 ord9）']);
  });

  it('a health check expiring during the job is not enough', () => {
    expect(
      reasons({ healthExpiresOn: '2026-12-08' }, { serviceDays: ['2026-12-07', '2026-12-08', '2026-12-09'] }),
    ).toEqual(['health: 健康证 2026-12-08 在服务期内到期']);
  });

  it('required certificates must be held and valid', () => {
    const j = { requiredCertKinds: ['maternity'] };
    expect(reasons({}, j)).toEqual(['certificate: 缺少母婴护理证']);
    expect(
      reasons({ certificates: [{ kind: 'maternity', name: '母婴护理证', expiresOn: '2026-12-01' }] }, j),
    ).toEqual(['certificate: 母婴护理证 2026-12-01 已过期']);
    expect(
      reasons({ certificates: [{ kind: 'maternity', name: '母婴护理证', expiresOn: null }] }, j),
    ).toEqual([]);
  });

  it('a placement needs a recent 上户培训 briefing, not a workday calendar', () => {
    const p: Partial<JobFacts> = {
      mode: 'placement',
      serviceDays: serviceDaysOf('placement', job.startsAt, new Date('2027-12-07T00:00:00Z')),
    };
    expect(reasons({ workDays: [2] }, p)).toEqual(['pre_placement: 未参加上户培训']);
    const stale = [
      ...ok.trainings,
      { kind: 'pre_placement', trainedOn: '2026-09-01', result: 'pass' as const },
    ];
    expect(reasons({ trainings: stale }, p)).toEqual([
      `pre_placement: 上户培训 2026-09-01 已超过 ${S.prePlacementTrainingDays} 天`,
    ]);
    const fresh = [
      ...ok.trainings,
      { kind: 'pre_placement', trainedOn: '2026-12-01', result: 'pass' as const },
    ];
    expect(reasons({ trainings: fresh }, p)).toEqual([]);
  });

  it('service days: each day of a visit; the first month of a placement', () => {
    expect(
      serviceDaysOf('visit', new Date('2026-12-07T14:00:00Z'), new Date('2026-12-07T18:00:00Z')),
    ).toEqual(['2026-12-07', '2026-12-08']);
    const p = serviceDaysOf('placement', new Date('2026-12-06T16:00:00Z'), new Date('2027-06-06T16:00:00Z'));
    expect(p[0]).toBe('2026-12-07');
    expect(p).toHaveLength(31);
  });
});
