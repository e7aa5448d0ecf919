import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/http.ts';
import { ZPage, zPageOf } from '../../platform/pagination.ts';
import { addCustomerAddress } from './add-customer-address.ts';
import { addCustomerPhone } from './add-customer-phone.ts';
import { createCustomer } from './create-customer.ts';
import { findDuplicates } from './find-duplicates.ts';
import { getCustomer } from './get-customer.ts';
import { getMyCustomer } from './get-my-customer.ts';
import { linkCustomerUser } from './link-customer-user.ts';
import { listCustomers } from './list-customers.ts';
import { mergeCustomers } from './merge-customers.ts';
import { removeCustomerAddress } from './remove-customer-address.ts';
import { removeCustomerPhone } from './remove-customer-phone.ts';
import { revealCustomerIdNumber } from './reveal-customer-id-number.ts';
import { revealCustomerPhones } from './reveal-customer-phones.ts';
import {
  ZAddressInput,
  ZAddressParams,
  ZAddressUpdate,
  ZBlacklist,
  ZCustomerCreate,
  ZCustomerListItem,
  ZCustomerOwner,
  ZCustomerQuery,
  ZCustomerStaff,
  ZCustomerUpdate,
  ZDuplicateQuery,
  ZDuplicates,
  ZIdParams,
  ZLinkUser,
  ZMerge,
  ZPhoneAdd,
  ZPhoneRemove,
  ZRevealedIdNumber,
  ZRevealedPhones,
} from './schemas.ts';
import { setCustomerBlacklist } from './set-customer-blacklist.ts';
import { updateCustomer } from './update-customer.ts';
import { updateCustomerAddress } from './update-customer-address.ts';

const tags = ['customers'];
const params = ZIdParams;
const staff = { 200: ZCustomerStaff };
// A reveal's answer holds full numbers: it is never stored for idempotent replay.
const noReplay = { idempotent: false };

/** Customer files (客户档案): thin HTTP over the customers use cases. */
export const customerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/customers',
    {
      schema: {
        tags,
        summary: '客户列表（按姓名或电话搜索）',
        querystring: ZCustomerQuery.extend(ZPage.shape),
        response: { 200: zPageOf(ZCustomerListItem) },
      },
    },
    (req) => listCustomers(ctxOf(req), req.query),
  );
  app.post(
    '/customers',
    { schema: { tags, summary: '新建客户档案', body: ZCustomerCreate, response: { 201: ZCustomerStaff } } },
    async (req, reply) => reply.status(201).send(await createCustomer(ctxOf(req), req.body)),
  );
  app.get(
    '/customers/duplicates',
    {
      schema: {
        tags,
        summary: '按电话查找已有客户',
        querystring: ZDuplicateQuery,
        response: { 200: ZDuplicates },
      },
    },
    (req) => findDuplicates(ctxOf(req), req.query.phone),
  );
  app.get('/customers/:id', { schema: { tags, summary: '客户档案', params, response: staff } }, (req) =>
    getCustomer(ctxOf(req), req.params.id),
  );
  app.patch(
    '/customers/:id',
    { schema: { tags, summary: '修改客户档案', params, body: ZCustomerUpdate, response: staff } },
    (req) => updateCustomer(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/customers/:id/phones',
    { schema: { tags, summary: '添加电话', params, body: ZPhoneAdd, response: staff } },
    (req) => addCustomerPhone(ctxOf(req), req.params.id, req.body),
  );
  app.post(
    '/customers/:id/phones/remove',
    { schema: { tags, summary: '删除电话', params, body: ZPhoneRemove, response: staff } },
    (req) => removeCustomerPhone(ctxOf(req), req.params.id, req.body.phone),
  );

  app.post(
    '/customers/:id/addresses',
    { schema: { tags, summary: '添加地址', params, body: ZAddressInput, response: staff } },
    (req) => addCustomerAddress(ctxOf(req), req.params.id, req.body),
  );
  app.patch(
    '/customers/:id/addresses/:addressId',
    { schema: { tags, summary: '修改地址', params: ZAddressParams, body: ZAddressUpdate, response: staff } },
    (req) => updateCustomerAddress(ctxOf(req), req.params.id, req.params.addressId, req.body),
  );
  app.post(
    '/customers/:id/addresses/:addressId/remove',
    { schema: { tags, summary: '删除地址（需确认）', params: ZAddressParams, response: staff } },
    (req) => removeCustomerAddress(ctxOf(req), req.params.id, req.params.addressId),
  );

  app.post(
    '/customers/:id/blacklist',
    { schema: { tags, summary: '加入黑名单', params, body: ZBlacklist, response: staff } },
    (req) => setCustomerBlacklist(ctxOf(req), req.params.id, true, req.body.reason),
  );
  app.post(
    '/customers/:id/unblacklist',
    { schema: { tags, summary: '移出黑名单', params, body: ZBlacklist, response: staff } },
    (req) => setCustomerBlacklist(ctxOf(req), req.params.id, false, req.body.reason),
  );

  app.post(
    '/customers/:id/reveal-phone',
    {
      config: noReplay,
      schema: { tags, summary: '查看完整电话（留痕）', params, response: { 200: ZRevealedPhones } },
    },
    (req) => revealCustomerPhones(ctxOf(req), req.params.id),
  );
  app.post(
    '/customers/:id/reveal-id-number',
    {
      config: noReplay,
      schema: { tags, summary: '查看完整身份证号（留痕）', params, response: { 200: ZRevealedIdNumber } },
    },
    (req) => revealCustomerIdNumber(ctxOf(req), req.params.id),
  );

  app.post(
    '/customers/:id/merge',
    { schema: { tags, summary: '合并到另一档案', params, body: ZMerge, response: staff } },
    (req) => mergeCustomers(ctxOf(req), req.params.id, req.body.targetId),
  );
  app.post(
    '/customers/:id/link-user',
    { schema: { tags, summary: '关联客户登录账号', params, body: ZLinkUser, response: staff } },
    (req) => linkCustomerUser(ctxOf(req), req.params.id, req.body.userId),
  );

  app.get(
    '/me/customer',
    { schema: { tags, summary: '我的客户档案（客户本人）', response: { 200: ZCustomerOwner } } },
    (req) => getMyCustomer(ctxOf(req)),
  );
};
