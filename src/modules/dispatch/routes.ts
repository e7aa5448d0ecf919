import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http.ts';
import { acceptPlan } from './accept-plan.ts';
import { assignWorker } from './assign-worker.ts';
import { blockWorkerForCustomer, listBlockedWorkers } from './block-worker.ts';
import { cancelAssignment } from './cancel-assignment.ts';
import { getDispatchSettings, updateDispatchSettings } from './dispatch-settings.ts';
import { getDayBoard } from './get-day-board.ts';
import { listOrderAssignments } from './list-assignments.ts';
import { listCandidates } from './list-candidates.ts';
import { proposeDayPlan } from './plan-day.ts';
import {
  ZAssign,
  ZAssignment,
  ZBlock,
  ZBlocked,
  ZCandidates,
  ZCandidatesQuery,
  ZDayBoard,
  ZDayQuery,
  ZIdParams,
  ZPlan,
  ZPlanAccept,
  ZPlanAcceptResult,
  ZReason,
} from './schemas.ts';
import { ZDispatchSettings } from './settings.ts';

const tags = ['dispatch'];

export const dispatchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/orders/:id/candidates',
    {
      schema: {
        tags,
        summary: '派单候选人（排序、得分明细；explain=excluded 列出排除原因）',
        params: ZIdParams,
        querystring: ZCandidatesQuery,
        response: { 200: ZCandidates },
      },
    },
    (req) => listCandidates(ctxOf(req), req.params.id, req.query),
  );
  app.post(
    '/orders/:id/assign',
    {
      schema: {
        tags,
        summary: '派单给家政员',
        params: ZIdParams,
        body: ZAssign,
        response: { 201: ZAssignment },
      },
    },
    async (req, reply) => reply.status(201).send(await assignWorker(ctxOf(req), req.params.id, req.body)),
  );
  app.get(
    '/orders/:id/assignments',
    {
      schema: {
        tags,
        summary: '订单的派单记录',
        params: ZIdParams,
        response: { 200: z.object({ items: z.array(ZAssignment) }) },
      },
    },
    (req) => listOrderAssignments(ctxOf(req), req.params.id),
  );
  app.post(
    '/assignments/:id/cancel',
    {
      schema: { tags, summary: '取消派单', params: ZIdParams, body: ZReason, response: { 200: ZAssignment } },
    },
    (req) => cancelAssignment(ctxOf(req), req.params.id, req.body),
  );
  app.get(
    '/dispatch/board',
    {
      schema: {
        tags,
        summary: '调度看板：某天的家政员与安排',
        querystring: ZDayQuery,
        response: { 200: ZDayBoard },
      },
    },
    (req) => getDayBoard(ctxOf(req), req.query),
  );
  app.post(
    '/dispatch/plan',
    {
      schema: {
        tags,
        summary: '整日派单方案（不写入，供调度确认）',
        body: ZDayQuery,
        response: { 200: ZPlan },
      },
    },
    (req) => proposeDayPlan(ctxOf(req), req.body),
  );
  app.post(
    '/dispatch/plan/accept',
    {
      schema: {
        tags,
        summary: '接受派单方案（全部或部分）',
        body: ZPlanAccept,
        response: { 200: ZPlanAcceptResult },
      },
    },
    (req) => acceptPlan(ctxOf(req), req, req.body.items),
  );
  app.get(
    '/dispatch/settings',
    { schema: { tags, summary: '派单设置（权重、地址显示时间等）', response: { 200: ZDispatchSettings } } },
    (req) => getDispatchSettings(ctxOf(req)),
  );
  app.put(
    '/dispatch/settings',
    {
      schema: {
        tags,
        summary: '修改派单设置',
        body: ZDispatchSettings,
        response: { 200: ZDispatchSettings },
      },
    },
    (req) => updateDispatchSettings(ctxOf(req), req.body),
  );
  app.get(
    '/customers/:id/blocked-workers',
    { schema: { tags, summary: '客户不再选用的家政员', params: ZIdParams, response: { 200: ZBlocked } } },
    (req) => listBlockedWorkers(ctxOf(req), req.params.id),
  );
  app.post(
    '/customers/:id/blocked-workers',
    {
      schema: {
        tags,
        summary: '记录客户不再选用某家政员',
        params: ZIdParams,
        body: ZBlock,
        response: { 200: ZBlocked },
      },
    },
    (req) => blockWorkerForCustomer(ctxOf(req), req.params.id, req.body),
  );
};
