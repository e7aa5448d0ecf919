import { and, desc, eq, gte, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { workerCertificates, workerSkills, workers } from '../../db/schema/workers.ts';
import { pageOf } from '../../platform/pagination.ts';
import { skillsOfWorkers } from './skill.repository.ts';
import { trustSql } from './worker.repository.ts';
import { toBoardCard } from './worker.views.ts';
import type { Tier } from './workers.rules.ts';

export type BoardFilter = {
  skillId?: string;
  tier?: Tier;
  ageMin?: number;
  ageMax?: number;
  nativePlace?: string;
  limit: number;
  cursor?: string;
};

/**
 * The available-worker board (§O, R14): workers with status 待聘 whose trust is not red.
 * Sorted by a documented rule: trust (green before yellow), then rating (highest first, unrated
 * last), then tier (高级B → 初级), then newest file. Paged by offset in the cursor (a daily board).
 * Cards carry no contact or ID data (worker.views.ts `toBoardCard`).
 */
export async function listBoard(db: Db, companyId: string, f: BoardFilter, today: string) {
  const w: SQL[] = [
    eq(workers.companyId, companyId),
    eq(workers.status, 'available'),
    sql`${trustSql(today)} <> 'red'`,
  ];
  if (f.tier) w.push(eq(workers.tier, f.tier));
  if (f.nativePlace) w.push(sql`${workers.nativePlace} like ${`%${f.nativePlace}%`}`);
  if (f.ageMin !== undefined) w.push(sql`${workers.birthDate} <= ${addYears(today, -f.ageMin)}`);
  if (f.ageMax !== undefined) w.push(sql`${workers.birthDate} > ${addYears(today, -(f.ageMax + 1))}`);
  if (f.skillId) {
    w.push(
      sql`exists (select 1 from ${workerSkills} where ${workerSkills.companyId} = ${workers.companyId} and ${workerSkills.workerId} = ${workers.id} and ${workerSkills.skillId} = ${f.skillId})`,
    );
  }
  const offset = Math.max(0, Number(f.cursor ?? 0) || 0);
  const rows = await db
    .select()
    .from(workers)
    .where(and(...w))
    .orderBy(
      sql`${trustSql(today)} = 'green' desc`,
      sql`coalesce(${workers.ratingAvg}, -1) desc`,
      sql`case ${workers.tier} when 'senior_b' then 4 when 'senior_a' then 3 when 'middle' then 2 when 'junior' then 1 else 0 end desc`,
      desc(workers.id),
    )
    .limit(f.limit + 1)
    .offset(offset);
  const page = pageOf(rows, f.limit);
  const ids = page.items.map((r) => r.id);
  const [skills, certs] = await Promise.all([
    skillsOfWorkers(db, companyId, ids),
    ids.length
      ? db
          .select({
            workerId: workerCertificates.workerId,
            kind: workerCertificates.kind,
            name: workerCertificates.name,
            verifiedAt: workerCertificates.verifiedAt,
          })
          .from(workerCertificates)
          .where(
            and(
              eq(workerCertificates.companyId, companyId),
              inArray(workerCertificates.workerId, ids),
              gte(workerCertificates.expiresOn, today),
            ),
          )
      : Promise.resolve([]),
  ]);
  return {
    items: page.items.map((r) =>
      toBoardCard(
        r,
        skills.get(r.id) ?? [],
        certs
          .filter((c) => c.workerId === r.id)
          .map((c) => ({ kind: c.kind, name: c.name, verified: c.verifiedAt !== null })),
        today,
      ),
    ),
    nextCursor: page.nextCursor ? String(offset + f.limit) : null,
  };
}

function addYears(day: string, n: number): string {
  const [y, m, d] = day.split('-');
  return `${Number(y) + n}-${m}-${d}`;
}
