import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  hasPdftoppm,
  hasPdftotext,
  PDFTOTEXT_MISSING,
  pdfText,
  renderFirstPage,
  samplePng,
} from '../../../test/support/pdf-text.ts';
import { contractDocument, renderContractPdf } from './contract-pdf.ts';
import {
  type ContractWorker,
  contractPlainText,
  type PlacementContract,
  type VisitContract,
} from './contract-text.ts';

const company = {
  name: '安家家政（演示）',
  hotline: '400-800-1234',
  address: '北京市朝阳区朝阳门外大街 18 号',
};
const customer = {
  name: '张丽华',
  idNumberMasked: '1101**********002X',
  phone: '13812345678',
  address: '北京市朝阳区建国路 88 号 3 单元 502',
};
const worker: ContractWorker = {
  name: '李桂芳',
  idNumberMasked: '4101**********123X',
  tierLabel: '中级',
  skills: ['洗衣', '做饭', '清洁卫生', '照料小孩'],
};

const placement: PlacementContract = {
  kind: 'placement',
  number: 'HT-2025-000123',
  version: 1,
  employmentModel: 'intermediary',
  issuedAt: '2025-03-01T02:30:00Z',
  company,
  customer,
  paymentMethod: '银行转账、现金或线上支付',
  serviceName: '保姆',
  worker,
  duties: ['一日三餐', '洗衣熨烫', '日常清洁卫生', '接送孩子上下学'],
  workerRequirements: ['普通话交流无障碍', '持有效健康证', '有三年以上住家经验'],
  place: customer.address,
  term: { start: '2025-03-05', end: '2026-03-04' },
  trialDays: 7,
  monthlyWageFen: 680_000,
  managementFeeFen: 2_000,
  depositFen: 100_000,
  dispatchFeeFen: 50_000,
  signatures: {
    customer: {
      name: '张丽华',
      signedAt: '2025-03-01T02:40:00Z',
      ip: '203.0.113.7',
      image: `data:image/png;base64,${samplePng().toString('base64')}`,
    },
    company: { userName: '王店长', signedAt: '2025-03-01T02:45:00Z' },
    worker: { name: '李桂芳', signedAt: '2025-03-01T02:42:00Z', image: samplePng() },
  },
  copy: 'customer',
};

const visit: VisitContract = {
  kind: 'visit',
  number: 'HT-2025-000124',
  version: 2,
  employmentModel: 'employee',
  issuedAt: '2025-03-02T01:00:00Z',
  company,
  customer: { ...customer, phone: undefined },
  paymentMethod: '服务完成验收后当日支付（现金、银行转账或线上支付）',
  serviceName: '深度保洁',
  schedule: '2025-03-08（周六）09:00–12:00',
  place: '北京市海淀区中关村南大街 5 号 1 号楼 1201',
  items: [
    { item: '深度保洁', quantity: 3.5, unit: '小时', unitPriceFen: 6_000, amountFen: 21_000 },
    { item: '油烟机清洗', quantity: 1, unit: '台', unitPriceFen: 15_000, amountFen: 15_000 },
    { item: '新客优惠', quantity: 1, unit: '次', unitPriceFen: -2_000, amountFen: -2_000 },
  ],
  worker: null,
};

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const FULL_ID = /\d{17}[\dXx]/;
/** pdftotext may drop the spaces around CJK text; compare without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');
const skipped = hasPdftotext ? '' : ` — ${PDFTOTEXT_MISSING}`;

describe('contract PDF (R10, R11, R16)', () => {
  it.skipIf(!hasPdftotext)(`placement, 中介制 (three parties)${skipped}`, async () => {
    const { pdf, sha256: hash, text } = await renderContractPdf(placement);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(hash).toBe(sha256(contractPlainText(placement)));
    expect(text).toBe(contractPlainText(placement));
    const out = pdfText(pdf);
    const flat = squash(out);
    for (const phrase of [
      '家政服务合同',
      '甲方',
      '乙方',
      '丙方',
      '试用期',
      '一式三份',
      '八、争议解决',
      '九、其他',
    ]) {
      expect(flat).toContain(phrase);
    }
    for (const name of ['张丽华', '李桂芳', '安家家政（演示）', '王店长']) expect(flat).toContain(name);
    expect(flat).toContain('400-800-1234'); // the hotline instead of the worker's phone (R16)
    expect(flat).toContain('4101**********123X');
    expect(out).not.toMatch(FULL_ID);
    expect(flat).toContain('¥6,800.00'); // monthly wage
    expect(flat).toContain('管理费每月¥20.00');
    expect(flat).toContain('试用期7天');
    expect(flat).toContain('日工资=月工资÷26=¥261.54'); // 6800 ÷ 26
    expect(flat).toContain('¥500.00'); // dispatch fee
    expect(flat).toContain('¥8,320.00'); // due at signing: 500 + 20 + 6800 + 1000
    expect(flat).toContain('最多3次');
    expect(flat).toContain('不得将服务人员转让');
    expect(flat).toContain('签署IP：203.0.113.7');
    expect(flat).toContain('13812345678'); // the customer's own copy shows her phone
    expect(out).toContain(`合同摘要 SHA-256: ${hash}`);
    expect(flat).toMatch(/第1页\/共\d+页/);
    if (hasPdftoppm && process.env.ANJIA_PDF_PREVIEW) {
      renderFirstPage(pdf, path.resolve('.tmp'), 'contract-placement');
    }
  });

  it.skipIf(!hasPdftotext)(`visit, 员工制 (two parties)${skipped}`, async () => {
    const { pdf, sha256: hash } = await renderContractPdf(visit);
    const out = pdfText(pdf);
    const flat = squash(out);
    for (const phrase of [
      '甲方',
      '乙方',
      '一式两份',
      '深度保洁',
      '2025-03-08（周六）09:00–12:00',
      '新客优惠',
    ]) {
      expect(flat).toContain(phrase);
    }
    expect(flat).not.toContain('丙方');
    expect(flat).toContain('¥60.00');
    expect(flat).toContain('¥210.00');
    expect(flat).toContain('-¥20.00');
    expect(flat).toContain('合计¥340.00');
    expect(flat).toContain('400-800-1234');
    expect(flat).not.toContain('13812345678');
    expect(out).not.toMatch(FULL_ID);
    expect(out).toContain(`合同摘要 SHA-256: ${hash}`);
    if (hasPdftoppm && process.env.ANJIA_PDF_PREVIEW)
      renderFirstPage(pdf, path.resolve('.tmp'), 'contract-visit');
  });

  it.skipIf(!hasPdftotext)(`is deterministic: same input, same text and hash${skipped}`, async () => {
    const a = await renderContractPdf(placement);
    const b = await renderContractPdf(structuredClone(placement));
    expect(b.sha256).toBe(a.sha256);
    expect(b.text).toBe(a.text);
    expect(pdfText(b.pdf)).toBe(pdfText(a.pdf));
    expect(b.pdf.equals(a.pdf)).toBe(true);
  });

  it('every copy and the unsigned draft share one hash; the phone is only on the customer copy', () => {
    const hash = sha256(contractPlainText(placement));
    const { signatures: _, ...unsigned } = placement;
    expect(sha256(contractPlainText({ ...unsigned, copy: 'company' }))).toBe(hash);
    expect(sha256(contractPlainText({ ...placement, version: 2 }))).not.toBe(hash);
    expect(sha256(contractPlainText({ ...placement, managementFeeFen: 3_000 }))).not.toBe(hash);
    const rows = (c: PlacementContract) => JSON.stringify(contractDocument(c).blocks);
    expect(rows(placement)).toContain('13812345678');
    expect(rows({ ...placement, copy: 'worker' })).not.toContain('13812345678');
    expect(contractPlainText(placement)).not.toContain('13812345678');
  });

  it('refuses an unmasked ID number or inconsistent amounts', () => {
    expect(() =>
      contractPlainText({ ...placement, worker: { ...worker, idNumberMasked: '410105199001011234' } }),
    ).toThrow(/masked/);
    const items = [{ item: '保洁', quantity: 2, unit: '小时', unitPriceFen: 5_000, amountFen: 9_000 }];
    expect(() => contractPlainText({ ...visit, items })).toThrow(/amount/);
    expect(() => contractPlainText({ ...visit, employmentModel: 'intermediary' })).toThrow(/乙方/);
  });

  it('has no field for a worker phone, full ID or home address (R16, checked by tsc)', () => {
    const leaky: ContractWorker = {
      ...worker,
      // @ts-expect-error a worker's phone cannot be put on a contract
      phone: '13900000000',
    };
    expect(contractPlainText({ ...placement, worker: leaky })).not.toContain('13900000000');
  });
});
