import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http.ts';
import { ZPage, zPageOf } from '../../platform/pagination.ts';
import { listAudit } from './list-audit.ts';

const ZAuditQuery = ZPage.extend({
  entityType: z.string().max(40).optional().describe('对象类型'),
  entityId: z.string().max(64).optional().describe('对象编号'),
  actorUserId: z.string().max(64).optional().describe('操作人'),
  action: z.string().max(60).optional().describe('动作'),
  from: z.coerce.date().optional().describe('开始时间'),
  to: z.coerce.date().optional().describe('结束时间'),
});

const ZAuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  payload: z.record(z.string(), z.unknown()),
  requestId: z.string().nullable(),
});

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: '审计日志',
        querystring: ZAuditQuery,
        response: { 200: zPageOf(ZAuditEntry) },
      },
    },
    (req) => listAudit(ctxOf(req), req.query),
  );
};
