import type { Config } from '../../config.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { AnonCtx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { clearFailures, lockedUntil, recordFailure, throttleKeys } from '../../platform/login-throttle.ts';
import { dummyHash, verifyPassword } from '../../platform/passwords.ts';
import { createSession, resolveSession } from '../../platform/sessions.ts';
import { findUserByUsername, updateUserRow } from '../org/index.ts';
import { getMe } from './get-me.ts';

type LoginPolicy = Pick<
  Config,
  'loginMaxFails' | 'loginMaxFailsPerIp' | 'loginLockMinutes' | 'sessionTtlHours'
>;

/**
 * Checks the password (argon2id), counting failures per account and per address; too many → 429
 * for a cooling period. On success opens a server-side session and returns its token.
 */
export async function login(
  ctx: AnonCtx,
  policy: LoginPolicy,
  input: { username: string; password: string },
) {
  const now = ctx.clock.now();
  const keys = throttleKeys(input.username, ctx.ip);
  const locked = await lockedUntil(ctx.db, [keys.user, keys.ip], now);
  if (locked) throw lockedError(locked, now);

  const user = await findUserByUsername(ctx.db, input.username);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
  if (!user || !ok) {
    const lock = { lockMinutes: policy.loginLockMinutes };
    const failures = await recordFailure(
      ctx.db,
      keys.user,
      { ...lock, maxFailures: policy.loginMaxFails },
      now,
    );
    await recordFailure(ctx.db, keys.ip, { ...lock, maxFailures: policy.loginMaxFailsPerIp }, now);
    if (user) {
      await writeAudit(
        ctx.db,
        { companyId: user.companyId, actorUserId: null, requestId: ctx.requestId, ip: ctx.ip, at: now },
        {
          action: 'session.login_failed',
          entityType: 'user',
          entityId: user.id,
          payload: { reason: 'password', failures },
        },
      );
    }
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }
  if (user.status !== 'active') throw new AppError('AUTH_USER_DISABLED');

  await clearFailures(ctx.db, keys.user);
  const session = await ctx.db.transaction(async (tx) => {
    const s = await createSession(tx, {
      companyId: user.companyId,
      userId: user.id,
      now,
      ttlHours: policy.sessionTtlHours,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    await updateUserRow(tx, user.companyId, user.id, { lastLoginAt: now });
    await writeAudit(
      tx,
      { companyId: user.companyId, actorUserId: user.id, requestId: ctx.requestId, ip: ctx.ip, at: now },
      {
        action: 'session.login',
        entityType: 'session',
        entityId: s.sessionId.slice(0, 16),
        payload: { userId: user.id, userAgent: ctx.userAgent },
      },
    );
    return s;
  });
  const resolved = await resolveSession(ctx.db, session.token, now);
  if (!resolved) throw new AppError('INTERNAL');
  return { token: session.token, expiresAt: session.expiresAt, me: await getMe(ctx.db, resolved.actor) };
}

function lockedError(until: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new AppError('AUTH_LOCKED', { minutes: Math.ceil(seconds / 60), retryAfterSeconds: seconds });
}
