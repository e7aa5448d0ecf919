import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditRoutes } from './modules/audit/routes.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { catalogRoutes } from './modules/catalog/routes.ts';
import { customerRoutes } from './modules/customers/routes.ts';
import { myJobRoutes } from './modules/dispatch/my-jobs.routes.ts';
import { placementRoutes } from './modules/dispatch/placements/routes.ts';
import { releaseOrderHolds } from './modules/dispatch/release-order-holds.ts';
import { dispatchRoutes } from './modules/dispatch/routes.ts';
import { onOrderEnd } from './modules/orders/index.ts';
import { myOrderRoutes } from './modules/orders/my-orders.routes.ts';
import { quoteRoutes } from './modules/orders/quote.routes.ts';
import { orderRoutes } from './modules/orders/routes.ts';
import { orgRoutes } from './modules/org/routes.ts';
import { rosterRoutes } from './modules/workers/roster.routes.ts';
import { workerRoutes } from './modules/workers/routes.ts';
import { registerAuth } from './platform/auth-hook.ts';
import type { Deps } from './platform/http.ts';
import { registerIdempotency } from './platform/idempotency.ts';
import { newId } from './platform/ids.ts';
import { registerProblemHandlers } from './platform/problem.ts';
import { validatorCompiler } from './platform/validation.ts';

export const WEB_DIST = path.resolve(import.meta.dirname, '../dist/web');

export type AppOptions = { logger?: boolean | object; serveWeb?: boolean };

/** Builds the HTTP app: platform plugins first, then each module's routes under /api/v1. */
export async function buildApp(deps: Deps, opts: AppOptions = {}): Promise<FastifyInstance> {
  // An order that ends releases the worker dispatch gave it (orders never import dispatch).
  onOrderEnd(releaseOrderHolds);
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: deps.config.trustProxy,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : newId('req');
    },
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', deps);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  registerProblemHandlers(app);
  await app.register(fastifyCookie);
  registerAuth(app);
  registerIdempotency(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Anjia 安家 API',
        version: '1',
        description: '家政服务公司的业务系统接口。错误统一为 RFC 9457 problem+json。',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'anjia_sid' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  app.get(
    '/healthz',
    {
      schema: {
        tags: ['platform'],
        summary: '健康检查（含数据库）',
        response: { 200: z.object({ status: z.literal('ok'), db: z.literal('ok'), driver: z.string() }) },
      },
    },
    async () => {
      await deps.db.execute(sql`select 1`);
      return { status: 'ok' as const, db: 'ok' as const, driver: deps.driver };
    },
  );

  await app.register(
    async (api) => {
      await api.register(authRoutes);
      await api.register(orgRoutes);
      await api.register(auditRoutes);
      await api.register(workerRoutes);
      await api.register(rosterRoutes);
      await api.register(customerRoutes);
      await api.register(catalogRoutes);
      await api.register(orderRoutes);
      await api.register(quoteRoutes);
      await api.register(myOrderRoutes);
      await api.register(dispatchRoutes);
      await api.register(myJobRoutes);
      await api.register(placementRoutes);
    },
    { prefix: '/api/v1' },
  );

  if (opts.serveWeb !== false && existsSync(path.join(WEB_DIST, 'index.html'))) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: false });
    // The console is a single-page app: any other GET (assets have their own routes) gets index.html.
    // The customer and worker H5 pages are their own single-page app under /h5/.
    for (const url of ['/h5', '/h5/*']) {
      app.get(url, { schema: { hide: true } }, (_req, reply) =>
        reply.header('cache-control', 'no-cache').sendFile('h5/index.html'),
      );
    }
    app.get('/*', { schema: { hide: true } }, (req, reply) => {
      if (req.url.startsWith('/api/')) return reply.callNotFound();
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  }
  await app.ready();
  return app;
}
