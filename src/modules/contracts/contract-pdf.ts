import { formatShanghai, type PdfDoc, type PdfSignatureParty, renderPdf } from '../../platform/pdf/index.ts';
import {
  type ContractData,
  contractPlainText,
  contractSha256,
  contractSubtitle,
  contractTermBlocks,
  contractTitle,
} from './contract-text.ts';

const COPY_LABEL = { customer: '客户联', company: '机构联', worker: '服务人员联' } as const;

const signedAt = (at: string | undefined) => (at ? formatShanghai(at) : undefined);

/** Customer, worker (中介制 only) and company, in the parties' order 甲、乙、丙. */
function signatureParties(c: ContractData): PdfSignatureParty[] {
  const s = c.signatures ?? {};
  const intermediary = c.employmentModel === 'intermediary';
  const customer: PdfSignatureParty = {
    label: '甲方（客户）签字',
    name: s.customer?.name ?? c.customer.name,
    signedAt: signedAt(s.customer?.signedAt),
    notes: s.customer?.ip ? [`签署 IP：${s.customer.ip}`] : [],
    image: s.customer?.image,
  };
  const company: PdfSignatureParty = {
    label: `${intermediary ? '丙' : '乙'}方（家政服务机构）盖章`,
    name: c.company.name,
    signedAt: signedAt(s.company?.signedAt),
    notes: s.company ? [`授权签约人：${s.company.userName}`] : [],
  };
  if (!intermediary) return [customer, company];
  const worker: PdfSignatureParty = {
    label: '乙方（家政服务员）签字',
    name: s.worker?.name ?? c.worker?.name ?? '',
    signedAt: signedAt(s.worker?.signedAt),
    image: s.worker?.image,
  };
  return [customer, worker, company];
}

/**
 * The printed contract: the hashed terms (contract-text.ts), plus what is not hashed — whose copy
 * it is, the customer's phone on her own copy, the signatures, and the hash itself.
 */
export function contractDocument(c: ContractData): PdfDoc {
  const sha256 = contractSha256(c);
  const copy = c.copy ? ` · ${COPY_LABEL[c.copy]}` : '';
  return {
    title: contractTitle(c),
    subtitle: `${contractSubtitle(c)}${copy}`,
    metadata: {
      title: `${contractTitle(c)} ${c.number}`,
      author: c.company.name,
      subject: `合同编号 ${c.number} 第 ${c.version} 版`,
      keywords: `SHA-256:${sha256}`,
      createdAt: c.issuedAt,
    },
    blocks: [
      ...contractTermBlocks(c, true),
      { type: 'signatures', title: '签署（时间为北京时间）', parties: signatureParties(c) },
      { type: 'spacer', height: 8 },
      {
        type: 'paragraph',
        size: 8,
        color: '#444',
        text: '以下摘要对本合同条款的规范文本计算（不含签名与联系电话），用于核验合同内容未被改动：',
      },
      { type: 'paragraph', size: 8, text: `合同摘要 SHA-256: ${sha256}` },
    ],
    footer: `${c.company.name} · 服务热线 ${c.company.hotline} · 合同编号 ${c.number} 第 ${c.version} 版`,
  };
}

export type RenderedContract = { pdf: Buffer; sha256: string; text: string };

/** The contract PDF, its canonical text and that text's SHA-256 (hex), which the PDF prints. */
export async function renderContractPdf(c: ContractData): Promise<RenderedContract> {
  const text = contractPlainText(c);
  const sha256 = contractSha256(c);
  const pdf = await renderPdf(contractDocument(c));
  return { pdf, sha256, text };
}
