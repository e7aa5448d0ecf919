import type { Db } from '../../db/client.ts';
import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, invalidField, notFound, pgErrorCode } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { authorize } from '../../platform/permissions.ts';
import type { ContractData } from '../contracts/contract-text.ts';
import { addTimelineEvent, applyTransition, loadOrderFor, type OrderRow } from './index.ts';
import {
  type ContractRow,
  findContract,
  findQuote,
  insertSignature,
  type SignatureRow,
  setContractStateIf,
  signaturesOf,
} from './quote.repository.ts';
import { conflict, loadMyOrder, QUOTE_ID_PREFIX, requiredParties, toContractView } from './quote-helpers.ts';
import type { TSignatureInput } from './quote-schemas.ts';

type Party = SignatureRow['party'];
/** Where the request came from (stored with the signature). */
export type SignerMeta = { userAgent: string | null };

const PARTY_ZH: Record<Party, string> = { customer: '客户', company: '公司', worker: '服务人员' };

/** A contract open for signing by `party`: not signed, not superseded, not already signed by it. */
async function checkOpen(tx: Db, ctx: Ctx, c: ContractRow, party: Party): Promise<SignatureRow[]> {
  if (c.state === 'signed') throw conflict('合同已签署生效，不能再次签署', 'The contract is already signed');
  if (c.state === 'superseded')
    throw conflict('该合同版本已作废，请签署最新版本', 'This version is superseded');
  const quote = await findQuote(tx, ctx.actor.companyId, c.quoteId);
  if (!c.previousId && quote?.state !== 'accepted')
    throw conflict('报价已更新，请重新生成合同', 'The quote changed; generate the contract again');
  const signatures = await signaturesOf(tx, ctx.actor.companyId, c.id);
  if (signatures.some((s) => s.party === party))
    throw conflict(`${PARTY_ZH[party]}已签署该合同`, `The ${party} has already signed`);
  if (!requiredParties(c).includes(party as never))
    throw conflict(`该合同无需${PARTY_ZH[party]}签署`, `No ${party} signature on this contract`);
  return signatures;
}

/** The drawn signature of the customer or the worker, on exactly the text she saw (R10). */
async function signDrawn(
  tx: Db,
  ctx: Ctx,
  c: ContractRow,
  party: 'customer' | 'worker',
  input: TSignatureInput,
  meta: SignerMeta,
) {
  await checkOpen(tx, ctx, c, party);
  if (input.sha256 !== c.textSha256)
    throw conflict(
      '合同内容已变化，请重新查看后签署',
      'The contract text changed; review it again before signing',
    );
  const terms = c.terms as ContractData;
  const expected = party === 'customer' ? terms.customer.name : terms.worker?.name;
  if (input.typedName !== expected)
    throw invalidField(
      'typedName',
      `请输入${PARTY_ZH[party]}姓名「${expected}」`,
      'The typed name must match',
    );
  const at = ctx.clock.now();
  await insertSignature(tx, {
    companyId: ctx.actor.companyId,
    id: newId(QUOTE_ID_PREFIX.signature, at.getTime()),
    contractId: c.id,
    party,
    signerName: input.typedName,
    signerUserId: ctx.actor.userId,
    signaturePng: input.signaturePng,
    signedSha256: input.sha256,
    signedAt: at,
    ip: ctx.ip,
    userAgent: meta.userAgent,
  });
  const after =
    party === 'customer'
      ? ((await setContractStateIf(tx, ctx.actor.companyId, c.id, ['draft'], 'customer_signed')) ?? c)
      : c;
  await record(tx, ctx, c, after, party);
  return toContractView(after, await signaturesOf(tx, ctx.actor.companyId, c.id));
}

async function record(tx: Db, ctx: Ctx, before: ContractRow, after: ContractRow, party: Party) {
  await addTimelineEvent(tx, ctx, before.orderId, 'contract_sign', {
    data: { contractId: before.id, party, version: before.version },
  });
  await writeAudit(tx, auditMeta(ctx), {
    action: 'contract.sign',
    entityType: 'contract',
    entityId: before.id,
    payload: {
      party,
      signedSha256: before.textSha256,
      before: { state: before.state },
      after: { state: after.state },
    },
  });
}

const raceToConflict = (err: unknown) =>
  pgErrorCode(err) === '23505' ? conflict('该方已签署该合同', 'This party has already signed') : err;

/** The customer signs on the H5 page: drawn PNG, typed name, time, IP, user agent and the hash she saw. */
export async function signMyContract(ctx: Ctx, contractId: string, input: TSignatureInput, meta: SignerMeta) {
  if (!ctx.actor.roles.some((r) => r.role === 'customer')) throw new AppError('FORBIDDEN');
  try {
    return await ctx.db.transaction(async (tx) => {
      const c = await findContract(tx, ctx.actor.companyId, contractId);
      if (!c) throw notFound('contract');
      await loadMyOrder(ctx, c.orderId, tx);
      return signDrawn(tx, ctx, c, 'customer', input, meta);
    });
  } catch (err) {
    throw raceToConflict(err);
  }
}

/**
 * 中介制: the worker is a party (乙方) and signs on the store's device, in front of an authorised
 * user (contract.sign), with her drawn signature and typed name.
 */
export async function signContractByWorker(
  ctx: Ctx,
  contractId: string,
  input: TSignatureInput,
  meta: SignerMeta,
) {
  authorize(ctx.actor, 'contract.sign');
  try {
    return await ctx.db.transaction(async (tx) => {
      const c = await findContract(tx, ctx.actor.companyId, contractId);
      if (!c) throw notFound('contract');
      await loadOrderFor(ctx, 'contract.sign', c.orderId, tx);
      return signDrawn(tx, ctx, c, 'worker', input, meta);
    });
  } catch (err) {
    throw raceToConflict(err);
  }
}

/**
 * The company countersigns (盖章) by an authorised user, last: every other required party must
 * have signed. The contract becomes `signed` and immutable; the order moves quoted → contracted
 * (`sign_contract`), or, for an amendment, the previous version becomes `superseded`.
 */
export async function countersignContract(ctx: Ctx, contractId: string, meta: SignerMeta) {
  authorize(ctx.actor, 'contract.sign');
  const companyId = ctx.actor.companyId;
  try {
    return await ctx.db.transaction(async (tx) => {
      const c = await findContract(tx, companyId, contractId);
      if (!c) throw notFound('contract');
      const order: OrderRow = await loadOrderFor(ctx, 'contract.sign', c.orderId, tx);
      const signatures = await checkOpen(tx, ctx, c, 'company');
      const missing = requiredParties(c).filter(
        (p) => p !== 'company' && !signatures.some((s) => s.party === p),
      );
      if (missing.length)
        throw conflict(
          `${missing.map((p) => PARTY_ZH[p]).join('、')}尚未签署，公司暂不能盖章`,
          `Waiting for: ${missing.join(', ')}`,
        );
      const at = ctx.clock.now();
      await insertSignature(tx, {
        companyId,
        id: newId(QUOTE_ID_PREFIX.signature, at.getTime()),
        contractId: c.id,
        party: 'company',
        signerName: ctx.actor.displayName,
        signerUserId: ctx.actor.userId,
        signaturePng: null,
        signedSha256: c.textSha256,
        signedAt: at,
        ip: ctx.ip,
        userAgent: meta.userAgent,
      });
      const after = await setContractStateIf(tx, companyId, c.id, ['customer_signed'], 'signed');
      if (!after) throw conflict('合同状态已被他人修改，请刷新后重试', 'The contract changed meanwhile');
      await record(tx, ctx, c, after, 'company');
      if (c.previousId) {
        await setContractStateIf(tx, companyId, c.previousId, ['signed'], 'superseded');
      } else {
        await applyTransition(tx, ctx, order, 'sign_contract', { contractId: c.id, number: c.number });
      }
      return toContractView(after, await signaturesOf(tx, companyId, c.id));
    });
  } catch (err) {
    throw raceToConflict(err);
  }
}
