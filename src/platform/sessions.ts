import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, ne } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { userRoles, users } from '../db/schema/org.ts';
import { sessions } from '../db/schema/platform.ts';
import type { Actor, Role } from './permissions.ts';

export const SESSION_COOKIE = 'anjia_sid';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates a session and returns the token for the cookie; only its hash is stored. */
export async function createSession(
  tx: Db,
  s: {
    companyId: string;
    userId: string;
    now: Date;
    ttlHours: number;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const sessionId = hashToken(token);
  const expiresAt = new Date(s.now.getTime() + s.ttlHours * 3_600_000);
  await tx.insert(sessions).values({
    id: sessionId,
    companyId: s.companyId,
    userId: s.userId,
    createdAt: s.now,
    lastSeenAt: s.now,
    expiresAt,
    ip: s.ip,
    userAgent: s.userAgent?.slice(0, 300) ?? null,
  });
  return { token, sessionId, expiresAt };
}

/** The actor behind a session token: null when unknown, expired, revoked or the user is disabled. */
export async function resolveSession(
  db: Db,
  token: string,
  now: Date,
): Promise<{ actor: Actor; sessionId: string } | null> {
  const sessionId = hashToken(token);
  const [row] = await db
    .select({
      companyId: users.companyId,
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
    })
    .from(sessions)
    .innerJoin(users, and(eq(users.companyId, sessions.companyId), eq(users.id, sessions.userId)))
    .where(
      and(
        eq(sessions.id, sessionId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        eq(users.status, 'active'),
      ),
    )
    .limit(1);
  if (!row) return null;
  const roles = await db
    .select({ role: userRoles.role, storeId: userRoles.storeId })
    .from(userRoles)
    .where(and(eq(userRoles.companyId, row.companyId), eq(userRoles.userId, row.userId)));
  return {
    sessionId,
    actor: { ...row, roles: roles.map((r) => ({ role: r.role as Role, storeId: r.storeId })) },
  };
}

export async function revokeSession(tx: Db, sessionId: string, now: Date): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Ends every live session of a user (disabled, password reset) but `keep`; returns how many. */
export async function revokeUserSessions(
  tx: Db,
  companyId: string,
  userId: string,
  now: Date,
  keep?: string,
): Promise<number> {
  const rows = await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(sessions.companyId, companyId),
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        keep ? ne(sessions.id, keep) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return rows.length;
}
