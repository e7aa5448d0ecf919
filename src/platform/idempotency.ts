import { createHash } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { idempotencyKeys } from '../db/schema/platform.ts';
import { AppError, invalidField } from './errors.ts';
import { sendProblem } from './problem.ts';

const HEADER = 'idempotency-key';
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;

type Claim = { scope: string; key: string };
const claims = new WeakMap<FastifyRequest, Claim>();

/**
 * Every POST may carry an Idempotency-Key. The first request claims the key (a 'pending' row)
 * before the handler runs, so a concurrent retry cannot run the write twice; its response is then
 * stored and replayed to retries with the same body. The same key with another body → 422.
 */
export function registerIdempotency(app: FastifyInstance): void {
  const { db } = app.deps;

  app.addHook('preHandler', async (req, reply) => {
    const key = req.headers[HEADER];
    if (req.method !== 'POST' || key === undefined || req.routeOptions.config.idempotent === false) return;
    if (typeof key !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(key)) {
      throw invalidField(
        'Idempotency-Key',
        '幂等键须为 1–200 个可见 ASCII 字符',
        'Must be 1-200 visible ASCII characters',
      );
    }
    const scope = req.actor ? req.actor.userId : `anon:${req.ip}`;
    const path = req.url.split('?')[0] ?? req.url;
    // Uploads (an .xlsx roster) hash as bytes; JSON bodies as their parsed, re-serialised form.
    const body = Buffer.isBuffer(req.body) ? req.body : JSON.stringify(req.body ?? null);
    const requestHash = createHash('sha256').update(`${req.method} ${path}\n`).update(body).digest('hex');
    const inserted = await db
      .insert(idempotencyKeys)
      .values({ scope, key, companyId: req.actor?.companyId ?? null, method: req.method, path, requestHash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length) {
      claims.set(req, { scope, key });
      return;
    }
    const [prior] = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
    if (!prior) throw new AppError('IDEMPOTENCY_IN_PROGRESS'); // expired between the two queries
    if (prior.requestHash !== requestHash)
      return sendProblem(reply, req, new AppError('IDEMPOTENCY_KEY_REUSED'));
    if (prior.state !== 'done') return sendProblem(reply, req, new AppError('IDEMPOTENCY_IN_PROGRESS'));
    reply.header('idempotent-replayed', 'true').status(prior.responseStatus ?? 200);
    if (prior.responseType) reply.type(prior.responseType);
    return reply.send(prior.responseBody ?? null);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const claim = claims.get(req);
    if (!claim) return payload;
    claims.delete(req);
    const where = and(eq(idempotencyKeys.scope, claim.scope), eq(idempotencyKeys.key, claim.key));
    if (reply.statusCode >= 500) {
      // Nothing was written (the transaction rolled back): let a retry run again.
      await db.delete(idempotencyKeys).where(where);
    } else {
      await db
        .update(idempotencyKeys)
        .set({
          state: 'done',
          responseStatus: reply.statusCode,
          responseBody: typeof payload === 'string' ? payload : payload == null ? null : String(payload),
          responseType: String(reply.getHeader('content-type') ?? '') || null,
        })
        .where(where);
    }
    return payload;
  });
}

/** Drops stored responses older than the retention window. */
export async function pruneIdempotencyKeys(db: FastifyInstance['deps']['db'], now: Date): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_TTL_MS)));
}
