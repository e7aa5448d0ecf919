import { addWorkerRecord } from '../modules/workers/add-worker-record.ts';
import { blacklistWorker, changeWorkerStatus } from '../modules/workers/change-worker-status.ts';
import { createWorker } from '../modules/workers/create-worker.ts';
import { setWorkerTier } from '../modules/workers/set-worker-tier.ts';
import { listSkills } from '../modules/workers/skills.ts';
import { verifyWorkerItem } from '../modules/workers/verify-worker-item.ts';
import { updateWorkerRow } from '../modules/workers/worker.repository.ts';
import {
  addDays,
  checkTier,
  type Education,
  shanghaiDate,
  type Tier,
} from '../modules/workers/workers.rules.ts';
import type { Ctx } from '../platform/context.ts';
import { checkCharacter } from '../platform/id-number.ts';

const SURNAMES = '刘王李张陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕';
const GIVEN = [
  '春梅',
  '秀兰',
  '桂芳',
  '玉珍',
  '丽娟',
  '红霞',
  '小燕',
  '凤英',
  '翠花',
  '淑珍',
  '海燕',
  '美玲',
  '金花',
  '素芬',
];
const PLACES = [
  '河南信阳',
  '安徽阜阳',
  '四川南充',
  '湖南邵阳',
  '江西上饶',
  '河北保定',
  '山东菏泽',
  '甘肃天水',
  '湖北黄冈',
  '广西桂林',
];
const DISTRICTS = ['朝阳区', '海淀区', '东城区', '西城区', '丰台区', '通州区', '昌平区'];
/** District centres (the numbers of src/modules/dispatch/geo.ts), where demo homes are scattered. */
export const DEMO_DISTRICT_CENTRES: Record<string, { lat: number; lng: number }> = {
  东城区: { lat: 39.9288, lng: 116.4163 },
  西城区: { lat: 39.9123, lng: 116.366 },
  朝阳区: { lat: 39.9215, lng: 116.4866 },
  海淀区: { lat: 39.9599, lng: 116.2982 },
  丰台区: { lat: 39.8585, lng: 116.287 },
  通州区: { lat: 39.9025, lng: 116.6566 },
  昌平区: { lat: 40.2206, lng: 116.2312 },
};
/** A fixed scatter of ±0.03° (about ±3 km) around the centre: the same demo on every load. */
const jitter = (i: number, salt: number) => ((((i + 1) * salt) % 61) - 30) / 1000;
/** Where the demo worker `i` lives: near her district's centre. */
export const demoWorkerHome = (i: number) => {
  const c = DEMO_DISTRICT_CENTRES[DISTRICTS[i % DISTRICTS.length]!]!;
  return {
    lat: Math.round((c.lat + jitter(i, 37)) * 1e4) / 1e4,
    lng: Math.round((c.lng + jitter(i, 53)) * 1e4) / 1e4,
  };
};
/**
 * The demo worker linked to the `worker` login (刘阿姨): 刘春梅 (i = 0), 朝阳门店, green, with 保洁 —
 * eligible for the demo's 日常保洁 visits at 朝阳门店.
 */
export const DEMO_JOB_WORKER_INDEX = 0;
const EDUCATIONS: Education[] = [
  'primary',
  'junior',
  'junior',
  'senior',
  'junior',
  'college',
  'primary',
  'senior',
];
const SKILL_SETS = [
  ['保洁', '做饭', '洗衣熨烫', '迎来送往'],
  ['保洁', '做饭', '洗衣熨烫', '迎来送往', '电话处理', '育儿', '家教'],
  ['月嫂/母婴护理', '育儿', '做饭', '洗衣熨烫'],
  ['老人照护', '病患陪护', '做饭', '保洁'],
  ['保洁', '家电维护'],
  ['管家', '文秘打字', '做饭', '保洁', '洗衣熨烫', '迎来送往'],
];

/** Demo phones 139 0000 1xxx: known strings that the privacy test looks for in every response. */
export const demoWorkerPhone = (i: number) => `1390000${String(1000 + i)}`;

/**
 * ~40 demo workers across tiers and trust states, written through the same use cases as the API:
 * most green, some yellow (health check or insurance expiring or expired), some red (identity not
 * verified, a blocking incident), one blacklisted, a few resting or left.
 */
export async function loadDemoWorkers(ctx: Ctx, storeIds: string[], count = 40): Promise<string[]> {
  const today = shanghaiDate(ctx.clock.now());
  const skills = new Map((await listSkills(ctx)).items.map((s) => [s.name, s.id]));
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const birth = `${1972 + ((i * 7) % 31)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 3) % 28)).padStart(2, '0')}`;
    const first17 = `${['411502', '341202', '511302', '430502'][i % 4]}${birth.replace(/-/g, '')}${String(100 + i).slice(-3)}`;
    const skillNames = SKILL_SETS[i % SKILL_SETS.length]!;
    const education = EDUCATIONS[i % EDUCATIONS.length]!;
    const w = await createWorker(ctx, {
      storeId: storeIds[i % storeIds.length]!,
      name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[i % GIVEN.length]}`,
      gender: 'female',
      idNumber: first17 + checkCharacter(first17),
      nativePlace: PLACES[i % PLACES.length]!,
      phone: demoWorkerPhone(i),
      education,
      languages: i % 3 === 0 ? ['普通话', '河南话'] : ['普通话'],
      cuisines: i % 2 === 0 ? ['家常菜', '面食'] : ['川菜'],
      homeDistrict: DISTRICTS[i % DISTRICTS.length]!,
      homeAddress: `北京市${DISTRICTS[i % DISTRICTS.length]}幸福里小区 ${i + 1} 号楼 ${100 + i} 室`,
      homeLat: demoWorkerHome(i).lat,
      homeLng: demoWorkerHome(i).lng,
      employmentModel: i % 4 === 3 ? 'intermediary' : 'employee',
      emergencyName: '家属',
      emergencyPhone: `1370000${String(1000 + i)}`,
      bankName: '中国工商银行',
      bankAccount: `62220200000000${String(10000 + i)}`,
      skills: skillNames.map((n, k) => ({ skillId: skills.get(n)!, level: 1 + ((i + k) % 5) })),
    });
    ids.push(w.id);
    const kind = i % 10; // 0–5 green, 6–7 yellow, 8 red (unverified), 9 red/other
    if (kind !== 8) await verifyWorkerItem(ctx, w.id, { kind: 'identity' });
    const healthEnds =
      kind === 6 ? addDays(today, 12) : kind === 7 ? addDays(today, -4) : addDays(today, 200 + i);
    await addWorkerRecord(ctx, w.id, 'health_check', {
      checkedOn: addDays(healthEnds, -365),
      expiresOn: healthEnds,
      result: 'pass',
    });
    await addWorkerRecord(ctx, w.id, 'certificate', {
      kind: 'health',
      name: '健康证',
      number: `JK2026${String(i).padStart(4, '0')}`,
      issuer: '北京市疾控中心',
      issuedOn: addDays(healthEnds, -365),
      expiresOn: healthEnds,
    });
    if (skillNames.includes('月嫂/母婴护理')) {
      await addWorkerRecord(ctx, w.id, 'certificate', {
        kind: 'maternity',
        name: '母婴护理证',
        number: `MY${String(i).padStart(5, '0')}`,
        issuer: '北京市人社局',
        issuedOn: addDays(today, -400),
        expiresOn: addDays(today, 10 + i),
      });
    }
    await addWorkerRecord(ctx, w.id, 'background_check', {
      checkedOn: addDays(today, -30),
      expiresOn: addDays(today, 335),
      result: 'clear',
    });
    await addWorkerRecord(ctx, w.id, 'insurance', {
      kind: 'accident',
      insurer: '中国人寿',
      policyNumber: `YW${String(i).padStart(6, '0')}`,
      startsOn: addDays(today, -100),
      endsOn: kind === 6 && i % 20 === 6 ? addDays(today, 20) : addDays(today, 265),
    });
    await addWorkerRecord(ctx, w.id, 'training', {
      kind: 'general',
      course: '家政服务岗前培训',
      hours: 40,
      trainedOn: addDays(today, -200),
      result: 'pass',
    });
    if (i % 3 === 0) {
      await addWorkerRecord(ctx, w.id, 'training', {
        kind: 'pre_placement',
        course: '上户培训',
        hours: 4,
        trainedOn: addDays(today, -20),
        result: 'pass',
      });
    }
    const tier = (['senior_b', 'senior_a', 'middle', 'junior'] as Tier[]).find(
      (t) => checkTier(t, { birthDate: birth, education, skillNames }, today).eligible,
    );
    if (tier) await setWorkerTier(ctx, w.id, tier);
    if (kind === 9 && i % 20 === 9) {
      await addWorkerRecord(ctx, w.id, 'incident', {
        kind: 'misconduct',
        blocking: true,
        description: '客户投诉服务中使用手机过多，待调查',
        occurredAt: ctx.clock.now().toISOString(),
      });
    }
    if (i === 39) await blacklistWorker(ctx, w.id, '多次无故爽约并私下收费');
    else if (i % 13 === 5) await changeWorkerStatus(ctx, w.id, 'resting', '回老家探亲');
    else if (i === 22) await changeWorkerStatus(ctx, w.id, 'left', '转行');
    // Ratings come from customers' acceptances (R15) once that issue lands; the demo seeds some
    // so that the available-worker board has an order to show.
    // Every third also works on Sundays (the default week is Monday to Saturday, 08:00–18:00).
    await updateWorkerRow(ctx.db, ctx.actor.companyId, w.id, {
      ratingAvg: 3.5 + ((i * 37) % 15) / 10,
      ratingCount: 3 + (i % 20),
      ...(i % 3 === 0 ? { workDays: [1, 2, 3, 4, 5, 6, 7] } : {}),
    });
  }
  return ids;
}
