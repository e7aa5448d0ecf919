import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http.ts';
import { contractPdf, myContractPdf } from './contract-pdf-download.ts';
import { decideMyQuote, decideQuoteByStaff } from './decide-quote.ts';
import { amendContract, generateContract } from './generate-contract.ts';
import { getContract, getMyContract, listOrderContracts } from './get-contract.ts';
import { issueQuote } from './issue-quote.ts';
import { listAssessments, listMyQuotes, listQuotes } from './list-quotes.ts';
import {
  ZAssessment,
  ZAssessmentRecord,
  ZAssessmentSchedule,
  ZContract,
  ZContractAmend,
  ZContractCreate,
  ZContractList,
  ZIdParams,
  ZQuote,
  ZQuoteAcceptByStaff,
  ZQuoteDecideByCustomer,
  ZQuoteIssue,
  ZQuoteList,
  ZQuoteRejectByStaff,
  ZSignatureInput,
} from './quote-schemas.ts';
import { recordAssessment } from './record-assessment.ts';
import { scheduleAssessment } from './schedule-assessment.ts';
import { countersignContract, signContractByWorker, signMyContract } from './sign-contract.ts';

const tags = ['quotes'];
const params = ZIdParams;
const PDF = 'application/pdf';
/** RFC 6266: an ASCII file name (contract numbers are ASCII). */
const attachment = (name: string) => `attachment; filename="${name}"`;
const userAgent = (ua: string | undefined) => ({ userAgent: ua ?? null });

/** Assessment, quote and contract (R8–R11): staff routes and the customer's H5 routes under /my. */
export const quoteRoutes: FastifyPluginAsyncZod = async (app) => {
  // ——— assessment (R8) ———
  app.post(
    '/orders/:id/assessments',
    {
      schema: {
        tags,
        summary: '安排上门评估',
        params,
        body: ZAssessmentSchedule,
        response: { 201: ZAssessment },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await scheduleAssessment(ctxOf(req), req.params.id, req.body)),
  );
  app.get(
    '/orders/:id/assessments',
    {
      schema: {
        tags,
        summary: '订单的上门评估',
        params,
        response: { 200: z.object({ items: z.array(ZAssessment) }) },
      },
    },
    (req) => listAssessments(ctxOf(req), req.params.id),
  );
  app.post(
    '/assessments/:id/record',
    {
      schema: {
        tags,
        summary: '记录评估结果',
        params,
        body: ZAssessmentRecord,
        response: { 200: ZAssessment },
      },
    },
    (req) => recordAssessment(ctxOf(req), req.params.id, req.body),
  );

  // ——— quote (R9) ———
  app.post(
    '/orders/:id/quotes',
    {
      schema: {
        tags,
        summary: '出具报价（按现行价目表）',
        params,
        body: ZQuoteIssue,
        response: { 201: ZQuote },
      },
    },
    async (req, reply) => reply.status(201).send(await issueQuote(ctxOf(req), req.params.id, req.body)),
  );
  app.get(
    '/orders/:id/quotes',
    { schema: { tags, summary: '订单的全部报价版本', params, response: { 200: ZQuoteList } } },
    (req) => listQuotes(ctxOf(req), req.params.id),
  );
  app.post(
    '/quotes/:id/accept',
    {
      schema: {
        tags,
        summary: '客户电话确认接受报价',
        params,
        body: ZQuoteAcceptByStaff,
        response: { 200: ZQuote },
      },
    },
    (req) => decideQuoteByStaff(ctxOf(req), req.params.id, 'accept', req.body.note),
  );
  app.post(
    '/quotes/:id/reject',
    {
      schema: {
        tags,
        summary: '客户拒绝报价（记录原因）',
        params,
        body: ZQuoteRejectByStaff,
        response: { 200: ZQuote },
      },
    },
    (req) => decideQuoteByStaff(ctxOf(req), req.params.id, 'reject', req.body.note),
  );

  // ——— contract (R10, R11) ———
  app.post(
    '/orders/:id/contracts',
    {
      schema: {
        tags,
        summary: '按已接受的报价生成合同',
        params,
        body: ZContractCreate,
        response: { 201: ZContract },
      },
    },
    async (req, reply) => reply.status(201).send(await generateContract(ctxOf(req), req.params.id, req.body)),
  );
  app.get(
    '/orders/:id/contracts',
    { schema: { tags, summary: '订单的全部合同版本', params, response: { 200: ZContractList } } },
    (req) => listOrderContracts(ctxOf(req), req.params.id),
  );
  app.get(
    '/contracts/:id',
    { schema: { tags, summary: '合同', params, response: { 200: ZContract } } },
    (req) => getContract(ctxOf(req), req.params.id),
  );
  app.post(
    '/contracts/:id/countersign',
    { schema: { tags, summary: '公司盖章（授权签约人）', params, response: { 200: ZContract } } },
    (req) => countersignContract(ctxOf(req), req.params.id, userAgent(req.headers['user-agent'])),
  );
  app.post(
    '/contracts/:id/worker-sign',
    {
      schema: {
        tags,
        summary: '服务人员签字（中介制）',
        params,
        body: ZSignatureInput,
        response: { 200: ZContract },
      },
    },
    (req) => signContractByWorker(ctxOf(req), req.params.id, req.body, userAgent(req.headers['user-agent'])),
  );
  app.post(
    '/contracts/:id/amend',
    {
      schema: {
        tags,
        summary: '合同变更（生成新版本）',
        params,
        body: ZContractAmend,
        response: { 201: ZContract },
      },
    },
    async (req, reply) => reply.status(201).send(await amendContract(ctxOf(req), req.params.id, req.body)),
  );
  app.get(
    '/contracts/:id/pdf',
    { schema: { tags, summary: '下载合同 PDF（机构联）', params, produces: [PDF] } },
    async (req, reply) => {
      const { pdf, filename } = await contractPdf(ctxOf(req), req.params.id);
      return reply.type(PDF).header('content-disposition', attachment(filename)).send(pdf);
    },
  );

  // ——— the customer's H5 ———
  app.get(
    '/my/orders/:id/quotes',
    { schema: { tags, summary: '我的订单报价（客户本人）', params, response: { 200: ZQuoteList } } },
    (req) => listMyQuotes(ctxOf(req), req.params.id),
  );
  app.post(
    '/my/quotes/:id/accept',
    {
      schema: {
        tags,
        summary: '接受报价（客户本人）',
        params,
        body: ZQuoteDecideByCustomer.optional(),
        response: { 200: ZQuote },
      },
    },
    (req) => decideMyQuote(ctxOf(req), req.params.id, 'accept', req.body?.note),
  );
  app.post(
    '/my/quotes/:id/reject',
    {
      schema: {
        tags,
        summary: '拒绝报价（客户本人）',
        params,
        body: ZQuoteDecideByCustomer.optional(),
        response: { 200: ZQuote },
      },
    },
    (req) => decideMyQuote(ctxOf(req), req.params.id, 'reject', req.body?.note),
  );
  app.get(
    '/my/contracts/:id',
    { schema: { tags, summary: '我的合同（客户本人）', params, response: { 200: ZContract } } },
    (req) => getMyContract(ctxOf(req), req.params.id),
  );
  app.post(
    '/my/contracts/:id/sign',
    {
      schema: {
        tags,
        summary: '签署合同（客户本人）',
        params,
        body: ZSignatureInput,
        response: { 200: ZContract },
      },
    },
    (req) => signMyContract(ctxOf(req), req.params.id, req.body, userAgent(req.headers['user-agent'])),
  );
  app.get(
    '/my/contracts/:id/pdf',
    { schema: { tags, summary: '下载我的合同 PDF（客户联）', params, produces: [PDF] } },
    async (req, reply) => {
      const { pdf, filename } = await myContractPdf(ctxOf(req), req.params.id);
      return reply.type(PDF).header('content-disposition', attachment(filename)).send(pdf);
    },
  );
};
