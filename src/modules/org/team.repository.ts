import { and, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { teams } from '../../db/schema/org.ts';
import type { Scope } from '../../platform/permissions.ts';

export type TeamRow = typeof teams.$inferSelect;

export async function listTeamRows(
  db: Db,
  companyId: string,
  scope: Scope,
  f: { storeId?: string; status?: 'active' | 'disabled'; limit: number; cursor?: string },
): Promise<TeamRow[]> {
  const w: SQL[] = [eq(teams.companyId, companyId)];
  if (scope.kind === 'stores') w.push(inArray(teams.storeId, scope.storeIds.length ? scope.storeIds : ['']));
  if (f.storeId) w.push(eq(teams.storeId, f.storeId));
  if (f.status) w.push(eq(teams.status, f.status));
  if (f.cursor) w.push(lt(teams.id, f.cursor));
  return db
    .select()
    .from(teams)
    .where(and(...w))
    .orderBy(desc(teams.id))
    .limit(f.limit + 1);
}

export async function findTeam(db: Db, companyId: string, id: string): Promise<TeamRow | undefined> {
  const [row] = await db
    .select()
    .from(teams)
    .where(and(eq(teams.companyId, companyId), eq(teams.id, id)))
    .limit(1);
  return row;
}

export async function insertTeam(tx: Db, row: typeof teams.$inferInsert): Promise<TeamRow> {
  const [created] = await tx.insert(teams).values(row).returning();
  return created!;
}

export async function updateTeamRow(
  tx: Db,
  companyId: string,
  id: string,
  patch: Partial<Pick<TeamRow, 'name' | 'supervisorUserId' | 'status' | 'updatedAt'>>,
): Promise<TeamRow> {
  const [row] = await tx
    .update(teams)
    .set(patch)
    .where(and(eq(teams.companyId, companyId), eq(teams.id, id)))
    .returning();
  return row!;
}
