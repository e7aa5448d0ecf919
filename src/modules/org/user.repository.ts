import { and, desc, eq, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { userRoles, users } from '../../db/schema/org.ts';
import type { Role, RoleGrant, Scope } from '../../platform/permissions.ts';

export type UserRow = typeof users.$inferSelect;

/** Users visible in a scope: store-scoped viewers see users holding a role in one of their stores. */
export async function listUserRows(
  db: Db,
  companyId: string,
  scope: Scope,
  f: {
    q?: string;
    storeId?: string;
    role?: Role;
    status?: 'active' | 'disabled';
    limit: number;
    cursor?: string;
  },
): Promise<UserRow[]> {
  const w: SQL[] = [eq(users.companyId, companyId)];
  const roleFilter: SQL[] = [];
  if (scope.kind === 'stores')
    roleFilter.push(inArray(userRoles.storeId, scope.storeIds.length ? scope.storeIds : ['']));
  if (f.storeId) roleFilter.push(eq(userRoles.storeId, f.storeId));
  if (f.role) roleFilter.push(eq(userRoles.role, f.role));
  if (roleFilter.length) {
    w.push(
      sql`exists (select 1 from ${userRoles} where ${userRoles.companyId} = ${users.companyId} and ${userRoles.userId} = ${users.id} and ${and(...roleFilter)})`,
    );
  }
  if (f.q)
    w.push(
      or(
        ilike(users.username, `%${f.q}%`),
        ilike(users.displayName, `%${f.q}%`),
        ilike(users.phone, `%${f.q}%`),
      )!,
    );
  if (f.status) w.push(eq(users.status, f.status));
  if (f.cursor) w.push(lt(users.id, f.cursor));
  return db
    .select()
    .from(users)
    .where(and(...w))
    .orderBy(desc(users.id))
    .limit(f.limit + 1);
}

export async function findUser(db: Db, companyId: string, id: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.companyId, companyId), eq(users.id, id)))
    .limit(1);
  return row;
}

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = ${username.trim().toLowerCase()}`)
    .limit(1);
  return row;
}

export async function rolesOf(
  db: Db,
  companyId: string,
  userIds: string[],
): Promise<Map<string, RoleGrant[]>> {
  const out = new Map<string, RoleGrant[]>();
  if (!userIds.length) return out;
  const rows = await db
    .select({ userId: userRoles.userId, role: userRoles.role, storeId: userRoles.storeId })
    .from(userRoles)
    .where(and(eq(userRoles.companyId, companyId), inArray(userRoles.userId, userIds)));
  for (const r of rows) {
    const list = out.get(r.userId) ?? [];
    list.push({ role: r.role, storeId: r.storeId });
    out.set(r.userId, list);
  }
  return out;
}

export async function insertUser(tx: Db, row: typeof users.$inferInsert): Promise<UserRow> {
  const [created] = await tx.insert(users).values(row).returning();
  return created!;
}

export async function updateUserRow(
  tx: Db,
  companyId: string,
  id: string,
  patch: Partial<Omit<UserRow, 'companyId' | 'id' | 'createdAt'>>,
): Promise<UserRow> {
  const [row] = await tx
    .update(users)
    .set(patch)
    .where(and(eq(users.companyId, companyId), eq(users.id, id)))
    .returning();
  return row!;
}

/** Replaces a user's role grants with `grants`. */
export async function replaceRoles(
  tx: Db,
  companyId: string,
  userId: string,
  grants: RoleGrant[],
  newId: () => string,
): Promise<void> {
  await tx.delete(userRoles).where(and(eq(userRoles.companyId, companyId), eq(userRoles.userId, userId)));
  if (!grants.length) return;
  await tx
    .insert(userRoles)
    .values(grants.map((g) => ({ companyId, id: newId(), userId, role: g.role, storeId: g.storeId })));
}

export async function displayNames(db: Db, companyId: string, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(and(eq(users.companyId, companyId), inArray(users.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, r.name]));
}
