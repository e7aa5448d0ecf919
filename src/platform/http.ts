import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { Clock } from './clock.ts';
import type { AnonCtx, Ctx } from './context.ts';
import { AppError } from './errors.ts';
import type { Actor } from './permissions.ts';

export type Deps = { db: Db; clock: Clock; config: Config; driver: 'pglite' | 'pg' };

declare module 'fastify' {
  interface FastifyInstance {
    deps: Deps;
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
  }
  interface FastifyContextConfig {
    /** false: this POST ignores Idempotency-Key (auth routes, which must not store credentials). */
    idempotent?: boolean;
  }
}

/** The use-case context of a logged-in request; 401 when nobody is logged in. */
export function ctxOf(req: FastifyRequest): Ctx {
  if (!req.actor) throw new AppError('UNAUTHENTICATED');
  const { db, clock } = req.server.deps;
  return { db, clock, actor: req.actor, requestId: req.id, ip: req.ip ?? null };
}

export function anonCtxOf(req: FastifyRequest): AnonCtx {
  const { db, clock } = req.server.deps;
  return { db, clock, requestId: req.id, ip: req.ip ?? null, userAgent: req.headers['user-agent'] ?? null };
}
