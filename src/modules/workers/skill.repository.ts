import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { skills, workerSkills } from '../../db/schema/workers.ts';

export type SkillRow = typeof skills.$inferSelect;

export async function listSkillRows(db: Db, companyId: string): Promise<SkillRow[]> {
  return db
    .select()
    .from(skills)
    .where(eq(skills.companyId, companyId))
    .orderBy(asc(skills.sortOrder), asc(skills.name));
}

export async function insertSkills(tx: Db, rows: (typeof skills.$inferInsert)[]): Promise<SkillRow[]> {
  if (!rows.length) return [];
  return tx.insert(skills).values(rows).returning();
}

export type WorkerSkill = {
  workerId: string;
  skillId: string;
  name: string;
  level: number;
  verifiedBy: string | null;
  verifiedAt: Date | null;
};

export async function skillsOfWorkers(
  db: Db,
  companyId: string,
  workerIds: string[],
): Promise<Map<string, WorkerSkill[]>> {
  const out = new Map<string, WorkerSkill[]>();
  if (!workerIds.length) return out;
  const rows = await db
    .select({
      workerId: workerSkills.workerId,
      skillId: workerSkills.skillId,
      name: skills.name,
      level: workerSkills.level,
      verifiedBy: workerSkills.verifiedBy,
      verifiedAt: workerSkills.verifiedAt,
    })
    .from(workerSkills)
    .innerJoin(skills, and(eq(skills.companyId, workerSkills.companyId), eq(skills.id, workerSkills.skillId)))
    .where(and(eq(workerSkills.companyId, companyId), inArray(workerSkills.workerId, workerIds)))
    .orderBy(asc(skills.sortOrder));
  for (const r of rows) out.set(r.workerId, [...(out.get(r.workerId) ?? []), r]);
  return out;
}

/** Replaces a worker's skills; levels of kept skills change, their verification stays. */
export async function replaceWorkerSkills(
  tx: Db,
  companyId: string,
  workerId: string,
  list: { skillId: string; level: number }[],
): Promise<void> {
  const keep = list.map((s) => s.skillId);
  const current = await tx
    .select({ skillId: workerSkills.skillId })
    .from(workerSkills)
    .where(and(eq(workerSkills.companyId, companyId), eq(workerSkills.workerId, workerId)));
  const drop = current.map((c) => c.skillId).filter((id) => !keep.includes(id));
  if (drop.length) {
    await tx
      .delete(workerSkills)
      .where(
        and(
          eq(workerSkills.companyId, companyId),
          eq(workerSkills.workerId, workerId),
          inArray(workerSkills.skillId, drop),
        ),
      );
  }
  for (const s of list) {
    await tx
      .insert(workerSkills)
      .values({ companyId, workerId, skillId: s.skillId, level: s.level })
      .onConflictDoUpdate({
        target: [workerSkills.companyId, workerSkills.workerId, workerSkills.skillId],
        set: { level: s.level },
      });
  }
}

export async function verifyWorkerSkill(
  tx: Db,
  companyId: string,
  workerId: string,
  skillId: string,
  by: string,
  at: Date,
) {
  const rows = await tx
    .update(workerSkills)
    .set({ verifiedBy: by, verifiedAt: at })
    .where(
      and(
        eq(workerSkills.companyId, companyId),
        eq(workerSkills.workerId, workerId),
        eq(workerSkills.skillId, skillId),
      ),
    )
    .returning({ skillId: workerSkills.skillId });
  if (!rows.length) return null;
  const [skill] = await tx
    .select({ name: skills.name })
    .from(skills)
    .where(and(eq(skills.companyId, companyId), eq(skills.id, skillId)));
  return skill ?? null;
}
