import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http.ts';
import { createPriceList } from './create-price-list.ts';
import { createServiceType } from './create-service-type.ts';
import { getCurrentPriceList } from './get-current-price-list.ts';
import { getServiceType } from './get-service-type.ts';
import { listServiceTypes } from './list-service-types.ts';
import { publishPriceList } from './publish-price-list.ts';
import { quotePrice } from './quote-price.ts';
import { ZPriceList, ZQuote, ZServiceType, ZServiceTypeDetail } from './responses.ts';
import {
  ZPriceListCreate,
  ZPriceListUpdate,
  ZQuoteRequest,
  ZServiceTypeCreate,
  ZServiceTypeQuery,
  ZServiceTypeUpdate,
} from './schemas.ts';
import { updatePriceList } from './update-price-list.ts';
import { updateServiceType } from './update-service-type.ts';

const params = z.object({ id: z.string().min(1).max(64) });
const tags = ['catalog'];

/** Service types, versioned price lists and the instant quote (R9, §Q). */
export const catalogRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/service-types',
    {
      schema: {
        tags,
        summary: '服务类型列表',
        querystring: ZServiceTypeQuery,
        response: { 200: z.object({ items: z.array(ZServiceType) }) },
      },
    },
    (req) => listServiceTypes(ctxOf(req), req.query),
  );
  app.post(
    '/service-types',
    { schema: { tags, summary: '新建服务类型', body: ZServiceTypeCreate, response: { 201: ZServiceType } } },
    async (req, reply) => reply.status(201).send(await createServiceType(ctxOf(req), req.body)),
  );
  app.get(
    '/service-types/:id',
    {
      schema: { tags, summary: '服务类型（含价目表各版本）', params, response: { 200: ZServiceTypeDetail } },
    },
    (req) => getServiceType(ctxOf(req), req.params.id),
  );
  app.patch(
    '/service-types/:id',
    {
      schema: {
        tags,
        summary: '修改服务类型',
        params,
        body: ZServiceTypeUpdate,
        response: { 200: ZServiceType },
      },
    },
    (req) => updateServiceType(ctxOf(req), req.params.id, req.body),
  );
  app.post(
    '/service-types/:id/price-lists',
    {
      schema: {
        tags,
        summary: '新建价目表版本（草稿）',
        params,
        body: ZPriceListCreate,
        response: { 201: ZPriceList },
      },
    },
    async (req, reply) => reply.status(201).send(await createPriceList(ctxOf(req), req.params.id, req.body)),
  );
  app.get(
    '/service-types/:id/price-lists/current',
    { schema: { tags, summary: '当前生效的价目表', params, response: { 200: ZPriceList } } },
    (req) => getCurrentPriceList(ctxOf(req), req.params.id),
  );
  app.patch(
    '/price-lists/:id',
    {
      schema: {
        tags,
        summary: '修改价目表草稿（已发布的不可修改）',
        params,
        body: ZPriceListUpdate,
        response: { 200: ZPriceList },
      },
    },
    (req) => updatePriceList(ctxOf(req), req.params.id, req.body),
  );
  app.post(
    '/price-lists/:id/publish',
    { schema: { tags, summary: '发布价目表版本', params, response: { 200: ZPriceList } } },
    (req) => publishPriceList(ctxOf(req), req.params.id),
  );
  app.post(
    '/price-quote',
    {
      schema: {
        tags,
        summary: '即时报价（按当前价目表，不保存）',
        body: ZQuoteRequest,
        response: { 200: ZQuote },
      },
    },
    (req) => quotePrice(ctxOf(req), req.body),
  );
};
