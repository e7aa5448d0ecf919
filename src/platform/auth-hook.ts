import type { FastifyInstance } from 'fastify';
import { resolveSession, SESSION_COOKIE } from './sessions.ts';

/** Resolves the session cookie of every API request into `req.actor` (null when not logged in). */
export function registerAuth(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const resolved = await resolveSession(app.deps.db, token, app.deps.clock.now());
    if (resolved) {
      req.actor = resolved.actor;
      req.sessionId = resolved.sessionId;
    }
  });
}
