import { createHash } from 'node:crypto';
import { formatFen, formatShanghai, type PdfBlock } from '../../platform/pdf/index.ts';
import {
  type ContractData,
  checkContract,
  dailyRateFen,
  type PlacementContract,
  parties,
  type VisitContract,
} from './contract-types.ts';

export * from './contract-types.ts';

const numbered = (lines: readonly string[]) => lines.map((l, i) => `${i + 1}. ${l}`).join('\n');
const para = (text: string): PdfBlock => ({ type: 'paragraph', text });

/** R16: a worker is reached through the company's hotline, never her own phone. */
const workerRows = (c: ContractData) =>
  c.worker
    ? [
        { label: '姓名', value: c.worker.name },
        { label: '身份证号', value: c.worker.idNumberMasked },
        { label: '等级', value: c.worker.tierLabel },
        { label: '技能', value: c.worker.skills.join('、') || '—' },
        { label: '联系方式', value: `经${c.company.name}服务热线 ${c.company.hotline} 转接` },
      ]
    : [];

/** The parties' tables. The customer's phone is printed only on her own copy (R16) and is not hashed. */
function partyBlocks(c: ContractData, forPdf: boolean): PdfBlock[] {
  const p = parties(c);
  const customer = [
    { label: `${p.customer}（客户）`, value: c.customer.name },
    { label: '身份证号', value: c.customer.idNumberMasked },
    { label: '地址', value: c.customer.address },
  ];
  if (forPdf && c.copy === 'customer' && c.customer.phone)
    customer.push({ label: '联系电话', value: c.customer.phone });
  const blocks: PdfBlock[] = [
    { type: 'heading', text: '一、合同当事人' },
    { type: 'keyValue', rows: customer },
  ];
  if (c.employmentModel === 'intermediary') {
    blocks.push({
      type: 'keyValue',
      rows: workerRows(c).map((r, i) => (i === 0 ? { ...r, label: `${p.worker}（家政服务员）` } : r)),
    });
  }
  blocks.push({
    type: 'keyValue',
    rows: [
      { label: `${p.company}（家政服务机构）`, value: c.company.name },
      { label: '服务热线', value: c.company.hotline },
      { label: '地址', value: c.company.address },
    ],
  });
  return blocks;
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Sections n and n+1 (1-based), numbered 一、二、… */
function disputeAndCopies(c: ContractData, n: number): PdfBlock[] {
  const p = parties(c);
  const copies = p.count === 3 ? '一式三份，甲、乙、丙三方' : '一式两份，甲、乙双方';
  return [
    { type: 'heading', text: `${CN[n - 1]}、争议解决` },
    para(
      '履行本合同发生争议的，各方应先协商解决；协商不成的，可以向当地消费者协会或家政服务行业协会申请调解；' +
        '调解不成的，可以依法向合同履行地仲裁委员会申请仲裁，或向合同履行地人民法院提起诉讼。',
    ),
    { type: 'heading', text: `${CN[n]}、其他` },
    para(
      numbered([
        `本合同${copies}各执一份，具有同等法律效力，自各方签字（盖章）之日起生效。`,
        '合同签署后内容不得修改；如需变更，应签订新版本合同，新版本生效后旧版本终止。',
        ...(c.remarks ?? []),
      ]),
    ),
  ];
}

function visitBlocks(c: VisitContract, forPdf: boolean): PdfBlock[] {
  const p = parties(c);
  const totalFen = c.items.reduce((s, i) => s + i.amountFen, 0);
  const worker = c.worker
    ? [{ type: 'keyValue', rows: workerRows(c) } as const]
    : [para(`${p.company}派遣经培训、体检合格的服务人员，派单后告知${p.customer}其姓名、等级与技能。`)];
  return [
    ...partyBlocks(c, forPdf),
    { type: 'heading', text: '二、服务内容、时间与地点' },
    {
      type: 'keyValue',
      rows: [
        { label: '服务项目', value: c.serviceName },
        { label: '服务时间', value: c.schedule },
        { label: '服务地点', value: c.place },
      ],
    },
    ...worker,
    { type: 'heading', text: '三、服务费用' },
    {
      type: 'itemTable',
      columns: [
        { label: '服务项目', width: 4 },
        { label: '数量', width: 1.2, align: 'right' },
        { label: '单位', width: 1 },
        { label: '单价', width: 2 },
        { label: '金额', width: 2 },
      ],
      rows: c.items.map((i) => [i.item, String(i.quantity), i.unit, i.unitPriceFen, i.amountFen]),
      totals: [{ label: '合计', value: totalFen }],
    },
    { type: 'heading', text: '四、支付方式' },
    para(`${c.paymentMethod}。${p.company}对每笔收款出具票据或发票。`),
    { type: 'heading', text: '五、服务标准与验收' },
    para(
      numbered([
        `服务人员按时到达，与${p.customer}确认服务内容并进行安全提示，按${p.company}的服务标准作业，完工后清理现场。`,
        `服务完成后由${p.customer}验收、签字并评价；不合格项目由服务人员返工，返工后再次验收。`,
        `${p.customer}需变更或取消服务的，应提前通知${p.company}；已支付但未提供服务的费用予以退还。`,
      ]),
    ),
    ...disputeAndCopies(c, 6),
  ];
}

function placementBlocks(c: PlacementContract, forPdf: boolean): PdfBlock[] {
  const p = parties(c);
  const daily = formatFen(dailyRateFen(c.monthlyWageFen));
  const rest = c.restDaysPerMonth ?? 4;
  const quota = c.replacementQuota ?? 3;
  const employee = c.employmentModel === 'employee';
  const dueAtSigning = c.dispatchFeeFen + c.managementFeeFen + c.monthlyWageFen + c.depositFen;
  return [
    ...partyBlocks(c, forPdf),
    { type: 'heading', text: '二、服务内容与服务人员' },
    para(`服务类别：${c.serviceName}。服务内容：\n${numbered(c.duties)}`),
    para(`服务人员要求：\n${numbered(c.workerRequirements)}`),
    ...(employee
      ? [para(`${p.company}派出的服务人员：`), { type: 'keyValue', rows: workerRows(c) } as const]
      : []),
    { type: 'heading', text: '三、服务地点与期限' },
    {
      type: 'keyValue',
      rows: [
        { label: '服务地点', value: c.place },
        { label: '服务期限', value: `${c.term.start} 至 ${c.term.end}` },
        { label: '试用期', value: `${c.trialDays} 天（自上户之日起算）` },
        { label: '休息日', value: `每月 ${rest} 天` },
      ],
    },
    { type: 'heading', text: '四、费用及支付' },
    {
      type: 'itemTable',
      columns: [
        { label: '费用项目', width: 3 },
        { label: '收取方式', width: 3 },
        { label: '金额', width: 2 },
      ],
      rows: [
        ['服务人员月工资', '每月预缴', c.monthlyWageFen],
        ['管理费', '每月缴纳', c.managementFeeFen],
        ['派遣费', '签约时一次性缴纳', c.dispatchFeeFen],
        ['押金', '签约时缴纳，合同终止后退还', c.depositFen],
      ],
      totals: [{ label: '签约时应缴（派遣费＋首月管理费＋首月工资＋押金）', value: dueAtSigning }],
    },
    para(
      numbered([
        `日工资 = 月工资 ÷ 26 = ${daily}。试用期 ${c.trialDays} 天内按实际服务天数 × 日工资结算。`,
        `服务人员工资由${p.customer}交给${p.company}，由${p.company}按月发放给服务人员。工资实行每月预缴：${p.customer}应于每月开始前 1 至 10 天将下月工资缴至${p.company}（可转账至${p.company}指定账户）。`,
        `管理费每月 ${formatFen(c.managementFeeFen)}，与下月工资一并缴纳后方可继续履行下月合同。`,
        `支付方式：${c.paymentMethod}。${p.company}对每笔收款出具票据或发票。`,
        `服务人员在休息日应${p.customer}要求工作的，${p.customer}按日工资另行支付或安排补休。`,
      ]),
    ),
    { type: 'heading', text: '五、服务人员调换' },
    para(
      `服务人员上岗后不能适应工作的，经${p.customer}到${p.company}办理调换手续，${p.company}在合同期内予以调换，` +
        `最多 ${quota} 次，调换不另收派遣费。`,
    ),
    { type: 'heading', text: '六、各方责任' },
    para(
      numbered([
        `${p.customer}应尊重服务人员的人格与劳动，提供安全的工作条件及约定的食宿，不得要求从事合同以外的工作。`,
        `${p.customer}不得将服务人员转让、转借他人使用，不得绕开${p.company}与服务人员私下另行约定。`,
        `服务人员应遵守职业道德和服务规范，保护${p.customer}家庭隐私与财产安全。`,
        `${p.company}负责服务人员上岗前培训与健康检查，上户后 3 日内电话回访；受理投诉后 24 小时内响应，48 小时内提出处理方案。`,
      ]),
    ),
    { type: 'heading', text: '七、续签、解除与费用结算' },
    para(
      numbered([
        `合同期满需续聘的，${p.customer}应在期满前到${p.company}办理续签手续；不再续聘的，各方到${p.company}办理解除手续。`,
        `合同期内任何一方要求解除合同的，应提前告知其他各方，并到${p.company}办理解除手续。`,
        `提前解除时：已预缴未服务的工资按日退还，退还金额 = 已预缴工资 − 日工资（月工资 ÷ 26）× 当月已服务天数，不足零按零计。`,
        '当月管理费不予退还；已预缴的以后各月管理费全额退还。',
        '押金无息全额退还，但扣除经各方确认、有书面记录的损失。',
        `派遣费：试用期内因${p.company}原因（服务人员不符合约定且无法调换，或调换次数已用尽）解除合同的，退还派遣费的 50%；其他情形不予退还。`,
      ]),
    ),
    ...disputeAndCopies(c, 8),
  ];
}

/**
 * The contract's terms as blocks, what the hash covers. `forPdf` adds the customer's phone on her
 * own copy (R16), which is not hashed, so every copy of one version has the same hash.
 */
export function contractTermBlocks(c: ContractData, forPdf = false): PdfBlock[] {
  checkContract(c);
  return c.kind === 'visit' ? visitBlocks(c, forPdf) : placementBlocks(c, forPdf);
}

export const contractTitle = (c: ContractData) =>
  c.kind === 'visit'
    ? '家政服务合同（上门服务）'
    : `家政服务合同（${c.serviceName}·${parties(c).count === 3 ? '中介制' : '员工制'}）`;
export const contractSubtitle = (c: ContractData) =>
  `合同编号 ${c.number} · 第 ${c.version} 版 · 签订日期 ${formatShanghai(c.issuedAt, true)}`;

function blockText(b: PdfBlock): string {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return b.text;
    case 'keyValue':
      return b.rows.map((r) => `${r.label}：${r.value}`).join('\n');
    case 'itemTable': {
      const cell = (v: string | number) => (typeof v === 'number' ? formatFen(v) : v);
      const rows = b.rows.map((r) => r.map(cell).join(' | '));
      const totals = (b.totals ?? []).map((t) => `${t.label}：${cell(t.value)}`);
      return [b.columns.map((col) => col.label).join(' | '), ...rows, ...totals].join('\n');
    }
    default:
      return '';
  }
}

/** The canonical text of the contract's terms; its SHA-256 is the contract hash (R10). */
export function contractPlainText(c: ContractData): string {
  const lines = [contractTitle(c), contractSubtitle(c), ...contractTermBlocks(c).map(blockText)];
  return `${lines.join('\n')}\n`;
}

export const contractSha256 = (c: ContractData) =>
  createHash('sha256').update(contractPlainText(c), 'utf8').digest('hex');
