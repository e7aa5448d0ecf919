import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { invalidField, notFound, pgErrorCode } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { authorize } from '../../platform/permissions.ts';
import { type ContractData, contractSha256 } from '../contracts/contract-text.ts';
import { buildContractData } from './contract-data.ts';
import { addTimelineEvent, invalidState, loadOrderFor } from './index.ts';
import {
  type ContractInsert,
  type ContractRow,
  contractsOfOrder,
  findContract,
  insertContract,
  quotesOfOrder,
  setContractStateIf,
} from './quote.repository.ts';
import { conflict, QUOTE_ID_PREFIX, shanghaiDate, toContractView } from './quote-helpers.ts';
import type { TContractCreate, ZContractAmend } from './quote-schemas.ts';

/** HT-<yyyymmdd in Shanghai>-<6 random digits>. */
export const contractNumber = (now: Date) =>
  `HT-${shanghaiDate(now).replaceAll('-', '')}-${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;

async function insertVersion(
  tx: Db,
  ctx: Ctx,
  values: Omit<ContractInsert, 'textSha256' | 'terms'>,
  terms: ContractData,
) {
  const row = await insertContract(tx, { ...values, terms, textSha256: contractSha256(terms) });
  await addTimelineEvent(tx, ctx, row.orderId, row.previousId ? 'contract_amend' : 'contract_create', {
    data: { contractId: row.id, number: row.number, version: row.version },
  });
  await writeAudit(tx, auditMeta(ctx), {
    action: 'contract.create',
    entityType: 'contract',
    entityId: row.id,
    payload: {
      orderId: row.orderId,
      quoteId: row.quoteId,
      number: row.number,
      version: row.version,
      previousId: row.previousId,
      kind: row.kind,
      employmentModel: row.employmentModel,
      textSha256: row.textSha256,
    },
  });
  return row;
}

const duplicateNumber = (err: unknown) =>
  pgErrorCode(err) === '23505'
    ? conflict('合同编号冲突或合同已被他人生成，请重试', 'Contract number clash; retry')
    : err;

/**
 * Draws up the contract (R10, R11) from the order's ACCEPTED latest quote: kind = the order's mode;
 * a placement names its worker and employment model (员工制 / 中介制). The terms are the printed
 * ContractData without signatures, and textSha256 the SHA-256 of their canonical text. Version 1
 * in state `draft`; an unsigned draft of an older quote is superseded.
 */
export async function generateContract(ctx: Ctx, orderId: string, input: TContractCreate) {
  authorize(ctx.actor, 'quote.write');
  const companyId = ctx.actor.companyId;
  try {
    return await ctx.db.transaction(async (tx) => {
      const order = await loadOrderFor(ctx, 'quote.write', orderId, tx);
      if (order.status !== 'quoted')
        throw invalidState('只有「已报价」的订单可以生成合同', 'Only a quoted order gets a contract');
      const latest = (await quotesOfOrder(tx, companyId, order.id)).at(-1);
      if (latest?.state !== 'accepted')
        throw conflict('客户尚未接受最新报价，不能生成合同', 'The latest quote is not accepted');
      if (order.mode === 'placement' && !input.employmentModel)
        throw invalidField('employmentModel', '上户合同须选择员工制或中介制', 'Choose the employment model');
      const existing = await contractsOfOrder(tx, companyId, order.id);
      const live = existing.find((c) => c.state !== 'superseded' && c.quoteId === latest.id);
      if (live)
        throw conflict(`该报价已生成合同 ${live.number}`, `Contract ${live.number} exists for this quote`);
      for (const old of existing.filter((c) => c.state === 'draft' || c.state === 'customer_signed'))
        await setContractStateIf(tx, companyId, old.id, ['draft', 'customer_signed'], 'superseded');
      const now = ctx.clock.now();
      const employmentModel = order.mode === 'placement' ? (input.employmentModel ?? 'employee') : null;
      const number = contractNumber(now);
      const terms = await buildContractData(tx, order, latest, {
        number,
        version: 1,
        issuedAt: now.toISOString(),
        employmentModel: employmentModel ?? 'employee',
        workerId: input.workerId ?? null,
        ...(input.paymentMethod ? { paymentMethod: input.paymentMethod } : {}),
        ...(input.remarks ? { remarks: input.remarks } : {}),
      });
      const row = await insertVersion(
        tx,
        ctx,
        {
          companyId,
          id: newId(QUOTE_ID_PREFIX.contract, now.getTime()),
          orderId: order.id,
          quoteId: latest.id,
          number,
          version: 1,
          previousId: null,
          kind: order.mode,
          employmentModel,
          state: 'draft',
          createdBy: ctx.actor.userId,
          createdAt: now,
        },
        terms,
      );
      return toContractView(row, []);
    });
  } catch (err) {
    throw duplicateNumber(err);
  }
}

/**
 * An amendment (变更, R10): a signed contract never changes, so the change is a new draft version
 * (same number, version + 1, previousId = the old one) with the old terms plus the changed remarks
 * and payment method. The old version stays `signed` until the new one is fully signed, then
 * becomes `superseded`.
 */
export async function amendContract(ctx: Ctx, contractId: string, input: z.infer<typeof ZContractAmend>) {
  authorize(ctx.actor, 'quote.write');
  const companyId = ctx.actor.companyId;
  try {
    return await ctx.db.transaction(async (tx) => {
      const old: ContractRow | undefined = await findContract(tx, companyId, contractId);
      if (!old) throw notFound('contract');
      const order = await loadOrderFor(ctx, 'quote.write', old.orderId, tx);
      if (old.state !== 'signed')
        throw conflict('只有已签署的合同可以变更', 'Only a signed contract can be amended');
      const pending = (await contractsOfOrder(tx, companyId, order.id)).find(
        (c) => c.previousId === old.id && c.state !== 'superseded',
      );
      if (pending)
        throw conflict(`已有待签署的变更版本（第 ${pending.version} 版）`, 'An amendment is already pending');
      const now = ctx.clock.now();
      const { remarks: _r, signatures: _s, copy: _c, ...kept } = old.terms as ContractData;
      const terms = {
        ...kept,
        version: old.version + 1,
        issuedAt: now.toISOString(),
        ...(input.paymentMethod ? { paymentMethod: input.paymentMethod } : {}),
        ...(input.remarks.length ? { remarks: input.remarks } : {}),
      } as ContractData;
      const row = await insertVersion(
        tx,
        ctx,
        {
          companyId,
          id: newId(QUOTE_ID_PREFIX.contract, now.getTime()),
          orderId: order.id,
          quoteId: old.quoteId,
          number: old.number,
          version: old.version + 1,
          previousId: old.id,
          kind: old.kind,
          employmentModel: old.employmentModel,
          state: 'draft',
          createdBy: ctx.actor.userId,
          createdAt: now,
        },
        terms,
      );
      return toContractView(row, []);
    });
  } catch (err) {
    throw duplicateNumber(err);
  }
}
