import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { authorize } from '../../platform/permissions.ts';
import { renderContractPdf } from '../contracts/contract-pdf.ts';
import type { ContractData, ContractSignatures } from '../contracts/contract-types.ts';
import { loadOrderFor } from './index.ts';
import { type ContractRow, findContract, type SignatureRow, signaturesOf } from './quote.repository.ts';
import { loadMyOrder } from './quote-helpers.ts';

function signaturesFor(rows: SignatureRow[]): ContractSignatures {
  const s: ContractSignatures = {};
  for (const r of rows) {
    const signedAt = r.signedAt.toISOString();
    if (r.party === 'customer')
      s.customer = {
        name: r.signerName,
        signedAt,
        ...(r.ip ? { ip: r.ip } : {}),
        ...(r.signaturePng ? { image: r.signaturePng } : {}),
      };
    else if (r.party === 'company') s.company = { userName: r.signerName, signedAt };
    else s.worker = { name: r.signerName, signedAt, ...(r.signaturePng ? { image: r.signaturePng } : {}) };
  }
  return s;
}

/**
 * The printed contract (一式两份 — each party's copy): the stored terms, the drawn signatures and
 * the SHA-256 of the terms. The stored terms carry no worker phone, full ID or address (R16).
 */
async function render(ctx: Ctx, c: ContractRow, copy: 'customer' | 'company') {
  const rows = await signaturesOf(ctx.db, ctx.actor.companyId, c.id);
  const data = { ...(c.terms as ContractData), copy, signatures: signaturesFor(rows) } as ContractData;
  const { pdf, sha256 } = await renderContractPdf(data);
  if (sha256 !== c.textSha256) throw new AppError('INTERNAL', { detail: 'contract hash mismatch' });
  return { pdf, filename: `${c.number}-v${c.version}.pdf` };
}

/** The company's copy, for staff who may read the order. */
export async function contractPdf(ctx: Ctx, id: string) {
  authorize(ctx.actor, 'order.read');
  const c = await findContract(ctx.db, ctx.actor.companyId, id);
  if (!c) throw notFound('contract');
  await loadOrderFor(ctx, 'order.read', c.orderId);
  return render(ctx, c, 'company');
}

/** The customer's copy (客户联) of her own contract. */
export async function myContractPdf(ctx: Ctx, id: string) {
  if (!ctx.actor.roles.some((r) => r.role === 'customer')) throw new AppError('FORBIDDEN');
  const c = await findContract(ctx.db, ctx.actor.companyId, id);
  if (!c) throw notFound('contract');
  await loadMyOrder(ctx, c.orderId);
  return render(ctx, c, 'customer');
}
