import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http.ts';
import { ZPage, zPageOf } from '../../platform/pagination.ts';
import { getCompany, updateCompany, ZCompany, ZCompanyUpdate } from './company.ts';
import { createStore } from './create-store.ts';
import { createTeam } from './create-team.ts';
import { createUser } from './create-user.ts';
import { getStore } from './get-store.ts';
import { getTeam } from './get-team.ts';
import { getUser } from './get-user.ts';
import { listStores } from './list-stores.ts';
import { listTeams } from './list-teams.ts';
import { listUsers } from './list-users.ts';
import { resetUserPassword } from './reset-user-password.ts';
import {
  ZIdParams,
  ZResetPassword,
  ZStore,
  ZStoreCreate,
  ZStoreQuery,
  ZStoreUpdate,
  ZTeam,
  ZTeamCreate,
  ZTeamQuery,
  ZTeamUpdate,
  ZUser,
  ZUserCreate,
  ZUserQuery,
  ZUserUpdate,
} from './schemas.ts';
import { setStoreStatus } from './set-store-status.ts';
import { setTeamStatus } from './set-team-status.ts';
import { setUserStatus } from './set-user-status.ts';
import { updateStore } from './update-store.ts';
import { updateTeam } from './update-team.ts';
import { updateUser } from './update-user.ts';

const params = ZIdParams;
const toggles = [
  ['disable', 'disabled', '停用'],
  ['enable', 'active', '启用'],
] as const;

/** Stores, teams and users: thin HTTP over the org use cases. */
export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/company',
    { schema: { tags: ['org'], summary: '公司设置', response: { 200: ZCompany } } },
    (req) => getCompany(ctxOf(req)),
  );
  app.patch(
    '/company',
    {
      schema: {
        tags: ['org'],
        summary: '修改公司设置（服务热线、公开看板）',
        body: ZCompanyUpdate,
        response: { 200: ZCompany },
      },
    },
    (req) => updateCompany(ctxOf(req), req.body),
  );

  const stores = { tags: ['org'] };
  app.get(
    '/stores',
    {
      schema: {
        ...stores,
        summary: '门店列表',
        querystring: ZStoreQuery.extend(ZPage.shape),
        response: { 200: zPageOf(ZStore) },
      },
    },
    (req) => listStores(ctxOf(req), req.query),
  );
  app.post(
    '/stores',
    { schema: { ...stores, summary: '新建门店', body: ZStoreCreate, response: { 201: ZStore } } },
    async (req, reply) => reply.status(201).send(await createStore(ctxOf(req), req.body)),
  );
  app.get(
    '/stores/:id',
    { schema: { ...stores, summary: '门店详情', params, response: { 200: ZStore } } },
    (req) => getStore(ctxOf(req), req.params.id),
  );
  app.patch(
    '/stores/:id',
    { schema: { ...stores, summary: '修改门店', params, body: ZStoreUpdate, response: { 200: ZStore } } },
    (req) => updateStore(ctxOf(req), req.params.id, req.body),
  );

  const teams = { tags: ['org'] };
  app.get(
    '/teams',
    {
      schema: {
        ...teams,
        summary: '班组列表',
        querystring: ZTeamQuery.extend(ZPage.shape),
        response: { 200: zPageOf(ZTeam) },
      },
    },
    (req) => listTeams(ctxOf(req), req.query),
  );
  app.post(
    '/teams',
    { schema: { ...teams, summary: '新建班组', body: ZTeamCreate, response: { 201: ZTeam } } },
    async (req, reply) => reply.status(201).send(await createTeam(ctxOf(req), req.body)),
  );
  app.get(
    '/teams/:id',
    { schema: { ...teams, summary: '班组详情', params, response: { 200: ZTeam } } },
    (req) => getTeam(ctxOf(req), req.params.id),
  );
  app.patch(
    '/teams/:id',
    { schema: { ...teams, summary: '修改班组', params, body: ZTeamUpdate, response: { 200: ZTeam } } },
    (req) => updateTeam(ctxOf(req), req.params.id, req.body),
  );

  const users = { tags: ['org'] };
  app.get(
    '/users',
    {
      schema: {
        ...users,
        summary: '用户列表',
        querystring: ZUserQuery.extend(ZPage.shape),
        response: { 200: zPageOf(ZUser) },
      },
    },
    (req) => listUsers(ctxOf(req), req.query),
  );
  app.post(
    '/users',
    { schema: { ...users, summary: '新建用户', body: ZUserCreate, response: { 201: ZUser } } },
    async (req, reply) => reply.status(201).send(await createUser(ctxOf(req), req.body)),
  );
  app.get(
    '/users/:id',
    { schema: { ...users, summary: '用户详情', params, response: { 200: ZUser } } },
    (req) => getUser(ctxOf(req), req.params.id),
  );
  app.patch(
    '/users/:id',
    {
      schema: {
        ...users,
        summary: '修改用户（姓名、电话、角色）',
        params,
        body: ZUserUpdate,
        response: { 200: ZUser },
      },
    },
    (req) => updateUser(ctxOf(req), req.params.id, req.body),
  );
  app.post(
    '/users/:id/reset-password',
    { schema: { ...users, summary: '重置密码', params, body: ZResetPassword, response: { 204: z.null() } } },
    async (req, reply) => {
      await resetUserPassword(ctxOf(req), req.params.id, req.body.newPassword);
      return reply.status(204).send(null);
    },
  );

  // Status changes go through action endpoints, never a PATCH of `status`.
  for (const [action, status, label] of toggles) {
    app.post(
      `/stores/:id/${action}`,
      { schema: { ...stores, summary: `${label}门店`, params, response: { 200: ZStore } } },
      (req) => setStoreStatus(ctxOf(req), req.params.id, status),
    );
    app.post(
      `/teams/:id/${action}`,
      { schema: { ...teams, summary: `${label}班组`, params, response: { 200: ZTeam } } },
      (req) => setTeamStatus(ctxOf(req), req.params.id, status),
    );
    app.post(
      `/users/:id/${action}`,
      { schema: { ...users, summary: `${label}用户`, params, response: { 200: ZUser } } },
      (req) => setUserStatus(ctxOf(req), req.params.id, status),
    );
  }
};
