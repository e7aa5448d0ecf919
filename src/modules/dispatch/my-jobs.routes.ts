import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ASSIGNMENT_STATES } from '../../db/schema/dispatch.ts';
import { ctxOf } from '../../platform/http.ts';
import { answerOffer } from './answer-offer.ts';
import { getMyJob, listMyJobs } from './list-my-jobs.ts';
import { ZIdParams, ZReason } from './schemas.ts';
import { whosComing } from './whos-coming.ts';

/** A job card on the worker's H5: the address and call number are null outside the window (R16). */
export const ZWorkerJob = z.object({
  id: z.string(),
  orderId: z.string(),
  kind: z.enum(['visit', 'placement']),
  state: z.enum(ASSIGNMENT_STATES),
  stateLabel: z.string(),
  serviceName: z.string(),
  checklistName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  district: z.string().nullable(),
  customerName: z.string().describe('客户称呼（仅姓）'),
  released: z.boolean().describe('是否已到显示详细地址的时间'),
  releaseFrom: z.string().nullable(),
  releaseUntil: z.string().nullable(),
  address: z.object({ text: z.string(), accessNotes: z.string().nullable() }).nullable(),
  call: z.object({ number: z.string(), via: z.string().nullable() }).nullable(),
  offer: z.object({ open: z.boolean(), expiresAt: z.string().nullable() }).nullable(),
});

const ZWhosComing = z.object({
  orderId: z.string(),
  worker: z
    .object({
      name: z.string(),
      photoUrl: z.string().nullable(),
      tier: z.string().nullable(),
      tierLabel: z.string().nullable(),
      skills: z.array(z.string()),
      ratingAvg: z.number().nullable(),
      ratingCount: z.number().int(),
      nativePlace: z.string(),
      age: z.number().int(),
      startsAt: z.string(),
      endsAt: z.string(),
    })
    .nullable(),
  contact: z.object({ via: z.string(), number: z.string().nullable() }),
});

const tags = ['my-jobs'];

export const myJobRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/my/jobs',
    {
      schema: {
        tags,
        summary: '我的工作（家政员）',
        querystring: z.object({
          when: z.enum(['upcoming', 'past']).default('upcoming').describe('时间范围'),
        }),
        response: {
          200: z.object({
            worker: z.object({ name: z.string() }),
            now: z.string(),
            items: z.array(ZWorkerJob),
          }),
        },
      },
    },
    (req) => listMyJobs(ctxOf(req), req.query),
  );
  app.get(
    '/my/jobs/:id',
    { schema: { tags, summary: '工作详情（家政员）', params: ZIdParams, response: { 200: ZWorkerJob } } },
    (req) => getMyJob(ctxOf(req), req.params.id),
  );
  app.post(
    '/my/jobs/:id/accept',
    { schema: { tags, summary: '接单', params: ZIdParams, response: { 200: ZWorkerJob } } },
    (req) => answerOffer(ctxOf(req), req.params.id, 'accept', null),
  );
  app.post(
    '/my/jobs/:id/decline',
    {
      schema: {
        tags,
        summary: '拒单（需填写原因）',
        params: ZIdParams,
        body: ZReason,
        response: { 200: ZWorkerJob },
      },
    },
    (req) => answerOffer(ctxOf(req), req.params.id, 'decline', req.body.reason),
  );
  app.get(
    '/my/orders/:id/worker',
    {
      schema: {
        tags: ['my-orders'],
        summary: '上门服务人员（客户查看，不含电话）',
        params: ZIdParams,
        response: { 200: ZWhosComing },
      },
    },
    (req) => whosComing(ctxOf(req), req.params.id),
  );
};
