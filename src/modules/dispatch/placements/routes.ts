import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../../platform/http.ts';
import { ZAssignment, ZIdParams } from '../schemas.ts';
import { chooseInterview } from './choose-interview.ts';
import { completeFollowUp } from './complete-follow-up.ts';
import { declineInterview } from './decline-interview.ts';
import { emergencyReplacement } from './emergency-replacement.ts';
import { listFollowUps } from './list-follow-ups.ts';
import { listInterviews } from './list-interviews.ts';
import { listReplacements } from './list-replacements.ts';
import { requestReplacement } from './request-replacement.ts';
import { scheduleInterview } from './schedule-interview.ts';
import {
  ZChooseInterview,
  ZCompleteFollowUp,
  ZDeclineInterview,
  ZEmergency,
  ZEmergencyResult,
  ZFollowUp,
  ZFollowUpQuery,
  ZInterview,
  ZInterviews,
  ZOrderStatus,
  ZReplacement,
  ZReplacements,
  ZReplacementView,
  ZScheduleInterview,
  ZStarted,
  ZStartPlacement,
} from './schemas.ts';
import { startPlacement } from './start-placement.ts';
import { startTrial } from './start-trial.ts';

const tags = ['placements'];

/** Placements 上户: interviews, the customer's choice, trial and start, 换人, emergencies, follow-ups. */
export const placementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/orders/:id/interviews',
    {
      schema: {
        tags,
        summary: '安排候选家政员面试（每单最多 3 位待面试）',
        params: ZIdParams,
        body: ZScheduleInterview,
        response: { 201: ZInterview },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await scheduleInterview(ctxOf(req), req.params.id, req.body)),
  );
  app.get(
    '/orders/:id/interviews',
    { schema: { tags, summary: '订单的面试候选人', params: ZIdParams, response: { 200: ZInterviews } } },
    (req) => listInterviews(ctxOf(req), req.params.id),
  );
  app.post(
    '/interviews/:id/choose',
    {
      schema: {
        tags,
        summary: '记录客户选定的家政员（其余候选人自动未选中）',
        params: ZIdParams,
        body: ZChooseInterview,
        response: {
          200: z.object({ interview: ZInterview, assignment: ZAssignment, declined: z.array(z.string()) }),
        },
      },
    },
    (req) => chooseInterview(ctxOf(req), req.params.id, req.body),
  );
  app.post(
    '/interviews/:id/decline',
    {
      schema: {
        tags,
        summary: '记录面试未选中',
        params: ZIdParams,
        body: ZDeclineInterview,
        response: { 200: ZInterview },
      },
    },
    (req) => declineInterview(ctxOf(req), req.params.id, req.body),
  );
  app.post(
    '/orders/:id/trial',
    { schema: { tags, summary: '开始试用', params: ZIdParams, response: { 200: ZOrderStatus } } },
    (req) => startTrial(ctxOf(req), req.params.id),
  );
  app.post(
    '/orders/:id/start',
    {
      schema: {
        tags,
        summary: '试用通过，确认上户（生成督导回访任务）',
        params: ZIdParams,
        body: ZStartPlacement,
        response: { 200: ZStarted },
      },
    },
    (req) => startPlacement(ctxOf(req), req.params.id, req.body),
  );
  app.post(
    '/orders/:id/replacements',
    {
      schema: {
        tags,
        summary: '换人（计入合同换人次数；超额需店长审批）',
        params: ZIdParams,
        body: ZReplacement,
        response: {
          201: z.object({
            orderId: z.string(),
            status: z.string(),
            replacement: ZReplacementView,
            quota: z.number().int(),
            used: z.number().int(),
            left: z.number().int(),
          }),
        },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await requestReplacement(ctxOf(req), req.params.id, req.body)),
  );
  app.get(
    '/orders/:id/replacements',
    { schema: { tags, summary: '换人记录与剩余次数', params: ZIdParams, response: { 200: ZReplacements } } },
    (req) => listReplacements(ctxOf(req), req.params.id),
  );
  app.post(
    '/orders/:id/emergency',
    {
      schema: {
        tags,
        summary: '紧急换人（爽约、意外）：记录事件、释放档期、订单加急并给出候选人',
        params: ZIdParams,
        body: ZEmergency,
        response: { 201: ZEmergencyResult },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await emergencyReplacement(ctxOf(req), req.params.id, req.body)),
  );
  app.get(
    '/follow-ups',
    {
      schema: {
        tags,
        summary: '督导回访任务',
        querystring: ZFollowUpQuery,
        response: { 200: z.object({ items: z.array(ZFollowUp) }) },
      },
    },
    (req) => listFollowUps(ctxOf(req), req.query),
  );
  app.post(
    '/follow-ups/:id/complete',
    {
      schema: {
        tags,
        summary: '完成督导回访',
        params: ZIdParams,
        body: ZCompleteFollowUp,
        response: { 200: ZFollowUp },
      },
    },
    (req) => completeFollowUp(ctxOf(req), req.params.id, req.body),
  );
};
