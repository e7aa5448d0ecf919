/**
 * Seeds one company with a realistic roster and customer base for benchmarks: `workers` workers
 * spread over a few stores (tiers, statuses, skills, education, native places and trust inputs in
 * plausible proportions, so trust spreads over green / yellow / red) and `customers` customers with
 * their phones and one address each. Rows go in with `insert … select from unnest(…)`, 5,000 a
 * statement (one-by-one inserts of 100k take ~15 s; batched well under that).
 *   DATABASE_URL=postgres://…/db node --import tsx scripts/bench/seed-people.ts   (a migrated database)
 */
import { pathToFileURL } from 'node:url';
import { type SQL, sql } from 'drizzle-orm';
import { type Db, openDb } from '../../src/db/client.ts';
import { migrateDb } from '../../src/db/migrate.ts';
import { startCompany } from '../../src/modules/onboarding/start-company.ts';
import { createStore } from '../../src/modules/org/create-store.ts';
import { listSkillRows } from '../../src/modules/workers/skill.repository.ts';
import { trustSql } from '../../src/modules/workers/worker.repository.ts';
import { addDays, shanghaiDate } from '../../src/modules/workers/workers.rules.ts';
import { systemClock } from '../../src/platform/clock.ts';
import type { Ctx } from '../../src/platform/context.ts';
import { blindIndex, encrypt } from '../../src/platform/crypto.ts';
import { checkCharacter } from '../../src/platform/id-number.ts';
import { newId } from '../../src/platform/ids.ts';
import { maskIdNumber } from '../../src/platform/privacy.ts';

export type SeedOptions = { workers: number; customers: number; stores: number; seed?: number };
const CHUNK = 5000;
const DAY = 86_400_000;

/** mulberry32: a small seeded PRNG, so every run seeds the same people. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  /** A value by weight: [[value, weight], …]. */
  const weighted = <T>(list: readonly (readonly [T, number])[]) => {
    const total = list.reduce((n, [, w]) => n + w, 0);
    let r = next() * total;
    for (const [v, w] of list) {
      r -= w;
      if (r < 0) return v;
    }
    return list[list.length - 1]![0];
  };
  return { next, int, pick, weighted, chance: (p: number) => next() < p };
}

// Where Beijing's 阿姨 come from: province, weight, [city, area code] pairs.
const ORIGINS: [string, number, [string, string][]][] = [
  [
    '河南',
    18,
    [
      ['信阳', '411502'],
      ['周口', '411602'],
      ['驻马店', '411702'],
      ['南阳', '411302'],
    ],
  ],
  [
    '安徽',
    12,
    [
      ['阜阳', '341202'],
      ['六安', '341502'],
      ['安庆', '340802'],
    ],
  ],
  [
    '河北',
    10,
    [
      ['保定', '130602'],
      ['邯郸', '130402'],
      ['沧州', '130902'],
    ],
  ],
  [
    '四川',
    10,
    [
      ['南充', '511302'],
      ['达州', '511702'],
      ['绵阳', '510703'],
    ],
  ],
  [
    '山东',
    8,
    [
      ['菏泽', '371702'],
      ['临沂', '371302'],
    ],
  ],
  [
    '湖南',
    6,
    [
      ['衡阳', '430405'],
      ['邵阳', '430502'],
    ],
  ],
  [
    '湖北',
    6,
    [
      ['黄冈', '421102'],
      ['荆州', '421002'],
    ],
  ],
  [
    '江西',
    5,
    [
      ['上饶', '361102'],
      ['赣州', '360702'],
    ],
  ],
  [
    '甘肃',
    5,
    [
      ['天水', '620502'],
      ['定西', '621102'],
    ],
  ],
  [
    '黑龙江',
    5,
    [
      ['齐齐哈尔', '230202'],
      ['绥化', '231202'],
    ],
  ],
  [
    '重庆',
    4,
    [
      ['万州', '500101'],
      ['涪陵', '500102'],
    ],
  ],
  ['吉林', 3, [['四平', '220302']]],
  ['辽宁', 3, [['铁岭', '211202']]],
  ['贵州', 3, [['遵义', '520302']]],
  ['陕西', 3, [['汉中', '610702']]],
  ['山西', 3, [['运城', '140802']]],
  ['内蒙古', 2, [['赤峰', '150402']]],
];
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程'.split('');
const GIVEN_F = (
  '秀英 桂英 秀兰 玉兰 桂兰 秀珍 凤英 玉珍 玉梅 淑珍 丽 红 霞 燕 敏 艳 芳 娟 静 丽华 春梅 美玲 淑芬 海燕 ' +
  '雪梅 红梅 玉华 秀梅 翠兰 金凤 晓红 小红 慧 琴 萍 丽娟 亚萍 建华 桂芳 秀云'
).split(' ');
const GIVEN_M = '建国 建军 国强 志强 伟 强 军 勇 磊 涛'.split(' ');
const DISTRICTS = '朝阳区 海淀区 丰台区 通州区 昌平区 大兴区 东城区 西城区 顺义区 房山区 石景山区'.split(' ');
const COMMUNITIES = (
  '望京西园 回龙观 天通苑 方庄 双井 劲松 北苑家园 万柳 五道口 中关村 北太平庄 马甸 安贞 亚运村 ' +
  '团结湖 三里屯 国贸 CBD 百子湾 十里河 草桥 宋家庄 角门 科丰 梨园 果园 九棵树 亦庄 旧宫 西红门'
).split(' ');
const MOBILE =
  '130 131 132 133 135 136 137 138 139 150 151 152 155 156 157 158 159 166 176 177 178 180 181 182 183 185 186 187 188 189 198 199'.split(
    ' ',
  );
const SKILL_ODDS: Record<string, number> = {
  保洁: 0.85,
  做饭: 0.75,
  洗衣熨烫: 0.6,
  育儿: 0.3,
  '月嫂/母婴护理': 0.15,
  老人照护: 0.25,
  病患陪护: 0.1,
  家教: 0.03,
  管家: 0.04,
  迎来送往: 0.2,
  电话处理: 0.1,
  文秘打字: 0.02,
  家电维护: 0.05,
};

type Col = [name: string, type: string, values: unknown[]];

/** `insert into <table> (company_id, …) select <companyId>, * from unnest($1::t[], …)`. */
async function insertUnnest(db: Db, table: string, companyId: string, cols: Col[]): Promise<void> {
  const n = cols[0]?.[2].length ?? 0;
  for (let from = 0; from < n; from += CHUNK) {
    const arrays: SQL[] = cols.map(
      ([, type, values]) => sql`${sql.param(values.slice(from, from + CHUNK))}::${sql.raw(type)}[]`,
    );
    await db.execute(
      sql`insert into ${sql.identifier(table)} (company_id, ${sql.raw(cols.map(([c]) => c).join(', '))}) select ${companyId}, * from unnest(${sql.join(arrays, sql`, `)})`,
    );
  }
}

export async function seedPeople(db: Db, opts: SeedOptions) {
  const r = prng(opts.seed ?? 20261204);
  const now = Date.now();
  const today = shanghaiDate(new Date(now));
  const times: Record<string, number> = {};
  const timed = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const out = await fn();
    times[name] = (performance.now() - t) / 1000;
    return out;
  };

  const tag = now.toString(36);
  const admin = await startCompany(db, systemClock, {
    name: `压测家政 ${tag}`,
    admin: { username: `bench_${tag}`, displayName: '压测管理员', password: 'bench-password-1' },
  });
  const ctx: Ctx = { db, clock: systemClock, actor: admin, requestId: 'bench-seed', ip: null };
  const companyId = admin.companyId;
  const storeIds: string[] = [];
  for (let i = 0; i < opts.stores; i++)
    storeIds.push((await createStore(ctx, { name: `门店${i + 1}`, kind: 'store', phone: null })).id);
  const storeWeights = storeIds.map((id, i) => [id, 1 / (i + 1)] as const); // a few big stores, a long tail
  const skills = (await listSkillRows(db, companyId)).map((s) => [s.id, s.name] as const);

  const phones = new Set<string>();
  const phone = () => {
    for (;;) {
      const p = r.pick(MOBILE) + String(r.int(0, 99_999_999)).padStart(8, '0');
      if (phones.has(p)) continue;
      phones.add(p);
      return p;
    }
  };
  const ids = new Set<string>();
  const dayOffset = (lo: number, hi: number) => addDays(today, r.int(lo, hi));

  // Workers, with their trust inputs as refreshTrustInputs would have left them.
  const W = opts.workers;
  const w: Record<string, unknown[]> = {};
  const push = (k: string, v: unknown) => {
    w[k] ??= [];
    w[k].push(v);
  };
  const ws: [string, string, number][] = [];
  await timed('generate workers', async () => {
    for (let i = 0; i < W; i++) {
      const created = now - r.int(0, 5 * 365) * DAY - r.int(0, DAY);
      const id = newId('wkr', created);
      const female = r.chance(0.96);
      const [province, , cities] = r.weighted(ORIGINS.map((o) => [o, o[1]] as const));
      const [city, area] = r.pick(cities);
      const age = r.weighted([
        [r.int(25, 39), 30],
        [r.int(40, 51), 55],
        [r.int(52, 58), 15],
      ] as const);
      const birth = addDays(today, -(age * 365 + r.int(0, 364)));
      let idNumber = '';
      while (!idNumber || ids.has(idNumber)) {
        const first17 = `${area}${birth.replace(/-/g, '')}${String(r.int(0, 999)).padStart(3, '0')}`;
        idNumber = first17 + checkCharacter(first17);
      }
      ids.add(idNumber);
      const status = r.weighted([
        ['available', 28],
        ['booked', 5],
        ['on_placement', 47],
        ['resting', 8],
        ['left', 11.5],
        ['blacklisted', 0.5],
      ] as const);
      const healthNull = r.chance(0.08);
      const bgNull = r.chance(0.1);
      const rated = r.chance(0.65);
      push('id', id);
      push('store_id', r.weighted(storeWeights));
      push('name', r.pick(SURNAMES) + r.pick(female ? GIVEN_F : GIVEN_M));
      push('gender', female ? 'female' : 'male');
      push('birth_date', birth);
      push('native_place', `${province}${city}`);
      push('id_number_enc', encrypt(idNumber));
      push('id_number_hash', blindIndex(idNumber));
      push('id_number_masked', maskIdNumber(idNumber));
      push('phone', phone());
      push(
        'education',
        r.weighted([
          ['none', 2],
          ['primary', 18],
          ['junior', 47],
          ['senior', 23],
          ['college', 8],
          ['bachelor', 2],
        ] as const),
      );
      push('home_district', r.pick(DISTRICTS));
      push('employment_model', r.chance(0.35) ? 'employee' : 'intermediary');
      push(
        'tier',
        r.weighted([
          [null, 25],
          ['junior', 35],
          ['middle', 25],
          ['senior_a', 11],
          ['senior_b', 4],
        ] as const),
      );
      push('status', status);
      push(
        'identity_verified_at',
        r.chance(0.93) ? new Date(created + r.int(0, 30) * DAY).toISOString() : null,
      );
      push('health_result', healthNull ? null : r.chance(0.01) ? 'fail' : 'pass');
      push('health_expires_on', healthNull ? null : dayOffset(-45, 365));
      push('background_result', bgNull ? null : r.chance(0.003) ? 'record' : 'clear');
      push('background_expires_on', bgNull ? null : dayOffset(-30, 730));
      push('insurance_ends_on', r.chance(0.15) ? null : dayOffset(-30, 365));
      push('cert_next_expiry', r.chance(0.3) ? dayOffset(-60, 1000) : null);
      push('open_blocking_incidents', status === 'blacklisted' ? 1 : 0);
      push('rating_avg', rated ? Math.round((3.5 + r.next() * 1.5) * 10) / 10 : null);
      push('rating_count', rated ? r.int(1, 60) : 0);
      push('created_at', new Date(created).toISOString());
      for (const [skillId, name] of skills)
        if (r.chance(SKILL_ODDS[name] ?? 0.05)) ws.push([id, skillId, r.int(1, 5)]);
    }
  });
  const types: Record<string, string> = {
    birth_date: 'date',
    health_expires_on: 'date',
    background_expires_on: 'date',
    insurance_ends_on: 'date',
    cert_next_expiry: 'date',
    identity_verified_at: 'timestamptz',
    created_at: 'timestamptz',
    open_blocking_incidents: 'int',
    rating_count: 'int',
    rating_avg: 'float8',
  };
  await timed('insert workers', () =>
    insertUnnest(
      db,
      'workers',
      companyId,
      Object.entries(w).map(([name, values]) => [name, types[name] ?? 'text', values]),
    ),
  );
  await timed('insert worker_skills', () =>
    insertUnnest(db, 'worker_skills', companyId, [
      ['worker_id', 'text', ws.map((s) => s[0])],
      ['skill_id', 'text', ws.map((s) => s[1])],
      ['level', 'smallint', ws.map((s) => s[2])],
    ]),
  );

  // Customers: one file, one or two phones, one address each.
  const C = opts.customers;
  const c = { id: [] as string[], name: [] as string[], source: [] as string[], created: [] as string[] };
  const p = { customer: [] as string[], phone: [] as string[], primary: [] as boolean[] };
  const a: Record<string, unknown[]> = {};
  const addr = (k: string, v: unknown) => {
    a[k] ??= [];
    a[k].push(v);
  };
  await timed('generate customers', async () => {
    for (let i = 0; i < C; i++) {
      const created = now - r.int(0, 5 * 365) * DAY - r.int(0, DAY);
      const id = newId('cus', created);
      c.id.push(id);
      c.name.push(r.pick(SURNAMES) + r.pick(r.chance(0.6) ? GIVEN_F : GIVEN_M));
      c.source.push(
        r.weighted([
          ['phone', 35],
          ['walk_in', 10],
          ['online', 25],
          ['referral', 15],
          ['call_center', 12],
          ['other', 3],
        ] as const),
      );
      c.created.push(new Date(created).toISOString());
      for (let k = 0; k < (r.chance(0.12) ? 2 : 1); k++) {
        p.customer.push(id);
        p.phone.push(phone());
        p.primary.push(k === 0);
      }
      addr('id', newId('cad', created));
      addr('customer_id', id);
      addr('label', '家');
      addr('province', '北京市');
      addr('city', '北京市');
      addr('district', r.pick(DISTRICTS));
      addr('community', r.pick(COMMUNITIES));
      addr('detail', `${r.int(1, 30)}号楼${r.int(1, 6)}单元${r.int(1, 28)}0${r.int(1, 4)}室`);
      addr('lat', 39.8 + r.next() * 0.3);
      addr('lng', 116.2 + r.next() * 0.4);
      addr('is_default', true);
    }
  });
  await timed('insert customers', () =>
    insertUnnest(db, 'customers', companyId, [
      ['id', 'text', c.id],
      ['name', 'text', c.name],
      ['source_channel', 'text', c.source],
      ['created_at', 'timestamptz', c.created],
    ]),
  );
  await timed('insert customer_phones', () =>
    insertUnnest(db, 'customer_phones', companyId, [
      ['customer_id', 'text', p.customer],
      ['phone', 'text', p.phone],
      ['is_primary', 'boolean', p.primary],
    ]),
  );
  const addrTypes: Record<string, string> = { lat: 'float8', lng: 'float8', is_default: 'boolean' };
  await timed('insert customer_addresses', () =>
    insertUnnest(
      db,
      'customer_addresses',
      companyId,
      Object.entries(a).map(([name, values]) => [name, addrTypes[name] ?? 'text', values]),
    ),
  );
  await timed('analyze', () => db.execute(sql`analyze`));

  const trust = await db.execute<{ level: string; n: number }>(
    sql`select ${trustSql(today)} as level, count(*)::int as n from workers where company_id = ${companyId} group by 1 order by 1`,
  );
  const rows = (trust as unknown as { rows: { level: string; n: number }[] }).rows;
  return {
    admin,
    companyId,
    storeIds,
    skills: new Map(skills.map(([id, name]) => [name, id])),
    workerSkills: ws.length,
    customerPhones: p.phone.length,
    trust: Object.fromEntries(rows.map((t) => [t.level, t.n])),
    times,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL: the (migrated or empty) PostgreSQL database to seed');
  const handle = await openDb({ databaseUrl: url });
  await migrateDb(handle);
  const out = await seedPeople(handle.db, { workers: 100_000, customers: 200_000, stores: 7 });
  console.log({ companyId: out.companyId, admin: out.admin.username, trust: out.trust, times: out.times });
  await handle.close();
}
