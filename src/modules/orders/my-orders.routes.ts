import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CONTRACT_STATES, ORDER_CHANNELS, ORDER_STATES, QUOTE_STATES } from '../../db/schema/orders.ts';
import { ctxOf } from '../../platform/http.ts';
import { ZPage, zPageOf } from '../../platform/pagination.ts';
import { bookMyOrder, ZMyOrderBook } from './book-order.ts';
import { getMyOrder } from './get-my-order.ts';
import { listMyOrders } from './list-my-orders.ts';
import { ZIdParams } from './quote-schemas.ts';

const tags = ['my-orders'];
const mode = z.enum(['visit', 'placement']);

const ZLine = z.object({
  kind: z.string(),
  code: z.string(),
  name: z.string(),
  quantity: z.number(),
  unit: z.string(),
  unitPriceFen: z.number().int(),
  amountFen: z.number().int(),
  rateBp: z.number().int().optional(),
});

/** One row of 我的订单. */
export const ZMyOrderItem = z.object({
  id: z.string(),
  status: z.enum(ORDER_STATES),
  statusLabel: z.string().describe('状态名称'),
  mode,
  serviceName: z.string().nullable().describe('服务名称'),
  windowStart: z.string().nullable(),
  windowEnd: z.string().nullable(),
  startDate: z.string().nullable(),
  quoteTotalFen: z.number().int().nullable().describe('最新报价合计（分）'),
  createdAt: z.string(),
});

/** Her view of one order: no staff, no worker phone, no internal notes (R16). */
export const ZMyOrder = z.object({
  id: z.string(),
  status: z.enum(ORDER_STATES),
  statusLabel: z.string(),
  mode,
  channel: z.enum(ORDER_CHANNELS),
  serviceTypeId: z.string(),
  serviceName: z.string().nullable(),
  windowStart: z.string().nullable(),
  windowEnd: z.string().nullable(),
  startDate: z.string().nullable(),
  quantity: z.number().nullable(),
  addressId: z.string().nullable(),
  district: z.string().nullable(),
  community: z.string().nullable(),
  createdAt: z.string(),
  bookedPrice: z
    .object({
      totalFen: z.number().int(),
      monthlyTotalFen: z.number().int().nullable(),
      firstPaymentFen: z.number().int().nullable(),
      priceListVersionId: z.string(),
    })
    .nullable()
    .describe('预约时的即时价格'),
  timeline: z
    .array(
      z.object({
        at: z.string(),
        action: z.string(),
        label: z.string(),
        toStatus: z.string().nullable(),
        data: z.record(z.string(), z.unknown()),
      }),
    )
    .describe('时间线（仅客户相关）'),
  quote: z
    .object({
      id: z.string(),
      version: z.number().int(),
      state: z.enum(QUOTE_STATES),
      lines: z.array(ZLine),
      totalFen: z.number().int(),
      monthlyTotalFen: z.number().int().nullable(),
      firstPaymentFen: z.number().int().nullable(),
      validUntil: z.string(),
      decidedAt: z.string().nullable(),
    })
    .nullable()
    .describe('当前报价'),
  contract: z
    .object({
      id: z.string(),
      number: z.string(),
      version: z.number().int(),
      state: z.enum(CONTRACT_STATES),
      customerSigned: z.boolean(),
      companySigned: z.boolean(),
    })
    .nullable()
    .describe('当前合同'),
});

const ZBooked = ZMyOrder.extend({
  price: z
    .object({
      serviceTypeId: z.string(),
      priceListVersionId: z.string(),
      version: z.number(),
      lines: z.array(ZLine),
      totalFen: z.number().int(),
      monthlyTotalFen: z.number().int().optional(),
      firstPaymentFen: z.number().int().optional(),
    })
    .describe('即时价格'),
});

/** The customer's own orders on the H5 page (R1 online channel, SPEC §5). */
export const myOrderRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/my/orders',
    {
      schema: {
        tags,
        summary: '在线预约（客户本人）',
        body: ZMyOrderBook,
        response: { 201: ZBooked },
      },
    },
    async (req, reply) => reply.status(201).send(await bookMyOrder(ctxOf(req), req.body)),
  );
  app.get(
    '/my/orders',
    {
      schema: { tags, summary: '我的订单', querystring: ZPage, response: { 200: zPageOf(ZMyOrderItem) } },
    },
    (req) => listMyOrders(ctxOf(req), req.query),
  );
  app.get(
    '/my/orders/:id',
    { schema: { tags, summary: '我的订单详情', params: ZIdParams, response: { 200: ZMyOrder } } },
    (req) => getMyOrder(ctxOf(req), req.params.id),
  );
};
