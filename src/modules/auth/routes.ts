import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { anonCtxOf, ctxOf } from '../../platform/http.ts';
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES, type Role } from '../../platform/permissions.ts';
import { SESSION_COOKIE } from '../../platform/sessions.ts';
import { changePassword } from './change-password.ts';
import { getMe } from './get-me.ts';
import { login } from './login.ts';
import { logout } from './logout.ts';
import { ZChangePassword, ZLogin, ZMe, ZRoles } from './schemas.ts';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config } = app.deps;
  const cookie = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.cookieSecure };
  // Auth routes create or end credentials; their responses are never stored for idempotent replay.
  const noReplay = { idempotent: false };

  app.post(
    '/auth/login',
    { config: noReplay, schema: { tags: ['auth'], summary: '登录', body: ZLogin, response: { 200: ZMe } } },
    async (req, reply) => {
      const r = await login(anonCtxOf(req), config, req.body);
      reply.setCookie(SESSION_COOKIE, r.token, { ...cookie, expires: r.expiresAt });
      return r.me;
    },
  );

  app.post(
    '/auth/logout',
    { config: noReplay, schema: { tags: ['auth'], summary: '退出登录', response: { 204: z.null() } } },
    async (req, reply) => {
      if (req.actor && req.sessionId) await logout(ctxOf(req), req.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/password',
    {
      config: noReplay,
      schema: {
        tags: ['auth'],
        summary: '修改自己的密码',
        body: ZChangePassword,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      if (!req.sessionId) throw new AppError('UNAUTHENTICATED');
      await changePassword(ctx, req.sessionId, req.body);
      return reply.status(204).send(null);
    },
  );

  app.get('/me', { schema: { tags: ['auth'], summary: '当前用户', response: { 200: ZMe } } }, (req) => {
    const ctx = ctxOf(req);
    return getMe(ctx.db, ctx.actor);
  });

  app.get(
    '/roles',
    { schema: { tags: ['auth'], summary: '角色与权限表', response: { 200: ZRoles } } },
    (req) => {
      ctxOf(req);
      return {
        items: (Object.keys(ROLES) as Role[]).map((role) => ({
          role,
          ...ROLES[role],
          permissions: PERMISSIONS.filter((p) => ROLE_PERMISSIONS[role].includes(p)),
        })),
      };
    },
  );
};
