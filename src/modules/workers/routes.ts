import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { WORKER_TIERS } from '../../db/schema/workers.ts';
import { ctxOf } from '../../platform/http.ts';
import { ZPage, zPageOf } from '../../platform/pagination.ts';
import { addWorkerRecord } from './add-worker-record.ts';
import { blacklistWorker, changeWorkerStatus } from './change-worker-status.ts';
import { createWorker } from './create-worker.ts';
import { getWorker } from './get-worker.ts';
import { listExpiring } from './list-expiring.ts';
import { listWorkers } from './list-workers.ts';
import { resolveWorkerIncident } from './resolve-worker-incident.ts';
import { ZBoardCard, ZExpiring, ZReveal, ZSkill, ZWorkerDetail, ZWorkerListItem } from './responses.ts';
import { revealWorker } from './reveal-worker.ts';
import {
  RECORD_KINDS,
  type RecordKind,
  ZBlacklist,
  ZRecordInputs,
  ZSetSkills,
  ZSetStatus,
  ZSetTier,
  ZSkillCreate,
  ZWorkerCreate,
  ZWorkerQuery,
  ZWorkerUpdate,
} from './schemas.ts';
import { setWorkerSkills } from './set-worker-skills.ts';
import { setWorkerTier } from './set-worker-tier.ts';
import { createSkill, listSkills } from './skills.ts';
import { updateWorker } from './update-worker.ts';
import { verifyWorkerItem } from './verify-worker-item.ts';
import { viewBoard, viewPublicBoard } from './view-board.ts';

const params = z.object({ id: z.string().min(1).max(64) });
const tags = ['workers'];
const ok = { 200: ZWorkerDetail };

export const ZBoardQuery = ZPage.extend({
  skillId: z.string().max(64).optional().describe('服务技能'),
  tier: z.enum(WORKER_TIERS).optional().describe('等级'),
  ageMin: z.coerce.number().int().min(16).max(80).optional().describe('最小年龄'),
  ageMax: z.coerce.number().int().min(16).max(80).optional().describe('最大年龄'),
  nativePlace: z.string().trim().max(20).optional().describe('籍贯'),
});

/** Where each kind of record is posted: /workers/:id/<path>. */
const RECORD_PATHS: Record<RecordKind, [string, string]> = {
  certificate: ['certificates', '添加证书'],
  health_check: ['health-checks', '登记体检'],
  background_check: ['background-checks', '登记无犯罪记录证明'],
  insurance: ['insurance', '登记保险'],
  training: ['trainings', '登记培训'],
  leave: ['leaves', '登记请假/休息'],
  performance: ['performance', '登记考评/奖惩'],
  incident: ['incidents', '登记事件'],
};

export const workerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/workers',
    {
      schema: {
        tags,
        summary: '家政员列表',
        querystring: ZWorkerQuery.extend(ZPage.shape),
        response: { 200: zPageOf(ZWorkerListItem) },
      },
    },
    (req) => listWorkers(ctxOf(req), req.query),
  );
  app.post(
    '/workers',
    { schema: { tags, summary: '新建家政员档案', body: ZWorkerCreate, response: { 201: ZWorkerDetail } } },
    async (req, reply) => reply.status(201).send(await createWorker(ctxOf(req), req.body)),
  );
  app.get(
    '/workers/expiring',
    {
      schema: {
        tags,
        summary: '30 天内到期的证件',
        querystring: z.object({ storeId: z.string().max(64).optional() }),
        response: { 200: ZExpiring },
      },
    },
    (req) => listExpiring(ctxOf(req), req.query),
  );
  app.get('/workers/:id', { schema: { tags, summary: '家政员档案', params, response: ok } }, (req) =>
    getWorker(ctxOf(req), req.params.id),
  );
  app.patch(
    '/workers/:id',
    { schema: { tags, summary: '修改档案', params, body: ZWorkerUpdate, response: ok } },
    (req) => updateWorker(ctxOf(req), req.params.id, req.body),
  );
  app.post(
    '/workers/:id/reveal',
    { schema: { tags, summary: '查看完整联系方式（留痕）', params, response: { 200: ZReveal } } },
    (req) => revealWorker(ctxOf(req), req.params.id),
  );
  app.post(
    '/workers/:id/skills',
    { schema: { tags, summary: '设置技能', params, body: ZSetSkills, response: ok } },
    (req) => setWorkerSkills(ctxOf(req), req.params.id, req.body.skills),
  );
  app.post(
    '/workers/:id/tier',
    { schema: { tags, summary: '评定等级', params, body: ZSetTier, response: ok } },
    (req) => setWorkerTier(ctxOf(req), req.params.id, req.body.tier),
  );
  app.post(
    '/workers/:id/status',
    { schema: { tags, summary: '变更状态（待聘/休息/离职）', params, body: ZSetStatus, response: ok } },
    (req) => changeWorkerStatus(ctxOf(req), req.params.id, req.body.status, req.body.reason ?? null),
  );
  app.post(
    '/workers/:id/blacklist',
    { schema: { tags, summary: '拉黑（不可撤销，档案保留）', params, body: ZBlacklist, response: ok } },
    (req) => blacklistWorker(ctxOf(req), req.params.id, req.body.reason),
  );
  app.post(
    '/workers/:id/verify-identity',
    { schema: { tags, summary: '核验身份', params, response: ok } },
    (req) => verifyWorkerItem(ctxOf(req), req.params.id, { kind: 'identity' }),
  );
  const item = z.object({ id: z.string().max(64), itemId: z.string().max(64) });
  app.post(
    '/workers/:id/skills/:itemId/verify',
    { schema: { tags, summary: '核验技能', params: item, response: ok } },
    (req) => verifyWorkerItem(ctxOf(req), req.params.id, { kind: 'skill', skillId: req.params.itemId }),
  );
  app.post(
    '/workers/:id/certificates/:itemId/verify',
    { schema: { tags, summary: '核验证书', params: item, response: ok } },
    (req) =>
      verifyWorkerItem(ctxOf(req), req.params.id, { kind: 'certificate', certificateId: req.params.itemId }),
  );
  app.post(
    '/workers/:id/incidents/:itemId/resolve',
    { schema: { tags, summary: '解除事件', params: item, response: ok } },
    (req) => resolveWorkerIncident(ctxOf(req), req.params.id, req.params.itemId),
  );
  for (const kind of RECORD_KINDS) {
    const [path, summary] = RECORD_PATHS[kind];
    app.post(
      `/workers/:id/${path}`,
      { schema: { tags, summary, params, body: ZRecordInputs[kind], response: { 201: ZWorkerDetail } } },
      async (req, reply) =>
        reply.status(201).send(await addWorkerRecord(ctxOf(req), req.params.id, kind, req.body as never)),
    );
  }

  app.get(
    '/skills',
    { schema: { tags, summary: '技能列表', response: { 200: z.object({ items: z.array(ZSkill) }) } } },
    (req) => listSkills(ctxOf(req)),
  );
  app.post(
    '/skills',
    { schema: { tags, summary: '新增技能', body: ZSkillCreate, response: { 201: ZSkill } } },
    async (req, reply) => reply.status(201).send(await createSkill(ctxOf(req), req.body)),
  );

  app.get(
    '/board/workers',
    {
      schema: {
        tags: ['board'],
        summary: '待聘家政员看板（客户）',
        querystring: ZBoardQuery,
        response: { 200: zPageOf(ZBoardCard) },
      },
    },
    (req) => viewBoard(ctxOf(req), req.query),
  );
  app.get(
    '/public/:companyId/board/workers',
    {
      schema: {
        tags: ['board'],
        summary: '公开的待聘家政员看板（公司开启时）',
        params: z.object({ companyId: z.string().max(64) }),
        querystring: ZBoardQuery,
        response: {
          200: zPageOf(ZBoardCard).extend({ company: z.object({ id: z.string(), name: z.string() }) }),
        },
      },
    },
    (req) =>
      viewPublicBoard(req.server.deps.db, req.server.deps.clock.now(), req.params.companyId, req.query),
  );
};
