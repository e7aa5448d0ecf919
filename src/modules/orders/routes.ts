import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http.ts';
import { zPageOf } from '../../platform/pagination.ts';
import { acceptRoutedOrder } from './accept-routed-order.ts';
import { cancelOrder } from './cancel-order.ts';
import { claimOfferedOrder } from './claim-offered-order.ts';
import { completeCallback } from './complete-callback.ts';
import { confirmOrder } from './confirm-order.ts';
import { createOrder } from './create-order.ts';
import { getOrder } from './get-order.ts';
import { listCallbacks } from './list-callbacks.ts';
import { listInbox, listOrders } from './list-orders.ts';
import { offerUrgentOrder } from './offer-urgent-order.ts';
import { requestClarification } from './request-clarification.ts';
import { routeOrder } from './route-order.ts';
import { scheduleCallback } from './schedule-callback.ts';
import {
  ZCallback,
  ZCallbackComplete,
  ZCallbackCreate,
  ZCallbackQuery,
  ZCallbackQueueItem,
  ZCancel,
  ZClaim,
  ZClarify,
  ZOrderCreate,
  ZOrderDetail,
  ZOrderListItem,
  ZOrderQuery,
  ZRoute,
} from './schemas.ts';

const params = z.object({ id: z.string().min(1).max(64) });
const tags = ['orders'];
const ok = { 200: ZOrderDetail };

export const orderRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/orders',
    {
      schema: {
        tags,
        summary: '订单列表',
        querystring: ZOrderQuery,
        response: { 200: zPageOf(ZOrderListItem) },
      },
    },
    (req) => listOrders(ctxOf(req), req.query),
  );
  app.post(
    '/orders',
    {
      schema: { tags, summary: '新建订单（任一渠道）', body: ZOrderCreate, response: { 201: ZOrderDetail } },
    },
    async (req, reply) => reply.status(201).send(await createOrder(ctxOf(req), req.body)),
  );
  app.get(
    '/orders/inbox',
    {
      schema: {
        tags,
        summary: '门店待接单（含跨店求助）',
        response: { 200: z.object({ items: z.array(ZOrderListItem) }) },
      },
    },
    (req) => listInbox(ctxOf(req)),
  );
  app.get('/orders/:id', { schema: { tags, summary: '订单详情', params, response: ok } }, (req) =>
    getOrder(ctxOf(req), req.params.id),
  );
  app.post('/orders/:id/confirm', { schema: { tags, summary: '需求确认', params, response: ok } }, (req) =>
    confirmOrder(ctxOf(req), req.params.id),
  );
  app.post(
    '/orders/:id/route',
    { schema: { tags, summary: '分派给门店（呼叫部）', params, body: ZRoute, response: ok } },
    (req) => routeOrder(ctxOf(req), req.params.id, req.body.storeId),
  );
  app.post('/orders/:id/accept', { schema: { tags, summary: '门店接单', params, response: ok } }, (req) =>
    acceptRoutedOrder(ctxOf(req), req.params.id),
  );
  // R3: a store may ask the call center to clarify but never refuse — there is no reject endpoint.
  app.post(
    '/orders/:id/clarify',
    { schema: { tags, summary: '门店要求呼叫部澄清', params, body: ZClarify, response: ok } },
    (req) => requestClarification(ctxOf(req), req.params.id, req.body.question),
  );
  app.post(
    '/orders/:id/offer',
    { schema: { tags, summary: '加急订单跨店求助', params, response: ok } },
    (req) => offerUrgentOrder(ctxOf(req), req.params.id),
  );
  app.post(
    '/orders/:id/claim',
    { schema: { tags, summary: '抢单（跨店求助）', params, querystring: ZClaim, response: ok } },
    (req) => claimOfferedOrder(ctxOf(req), req.params.id, req.query.storeId),
  );
  app.post(
    '/orders/:id/cancel',
    { schema: { tags, summary: '取消订单', params, body: ZCancel, response: ok } },
    (req) => cancelOrder(ctxOf(req), req.params.id, req.body.reason),
  );
  app.post(
    '/orders/:id/callbacks',
    {
      schema: { tags, summary: '安排回访', params, body: ZCallbackCreate, response: { 201: ZCallback } },
    },
    async (req, reply) => reply.status(201).send(await scheduleCallback(ctxOf(req), req.params.id, req.body)),
  );
  app.post(
    '/callbacks/:id/complete',
    { schema: { tags, summary: '完成回访', params, body: ZCallbackComplete, response: { 200: ZCallback } } },
    (req) => completeCallback(ctxOf(req), req.params.id, req.body.outcome),
  );
  app.get(
    '/callbacks',
    {
      schema: {
        tags,
        summary: '回访工作队列',
        querystring: ZCallbackQuery,
        response: { 200: z.object({ items: z.array(ZCallbackQueueItem) }) },
      },
    },
    (req) => listCallbacks(ctxOf(req), req.query),
  );
};
