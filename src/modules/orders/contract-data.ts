import type { Db } from '../../db/client.ts';
import { invalidField } from '../../platform/errors.ts';
import type { PriceContents } from '../catalog/index.ts';
import type {
  ContractCompany,
  ContractData,
  ContractItem,
  ContractWorker,
  EmploymentModel,
} from '../contracts/contract-types.ts';
import { TIER_LABELS, WORKER_TIER_LIST } from '../workers/index.ts';
import type { OrderRow } from './order.repository.ts';
import {
  companyOf,
  contractAddress,
  contractCustomer,
  contractWorker,
  priceListContents,
  type QuoteRow,
  serviceTypeOf,
  storeContact,
} from './quote.repository.ts';
import { addDays, addMonths, shanghaiDate } from './quote-helpers.ts';

export const DEFAULT_PAYMENT_METHOD = '银行转账、现金或线上支付';
/** §P: 每月休息 4 天; the center replaces an unsuitable worker up to 3 times per contract (R11). */
export const REST_DAYS_PER_MONTH = 4;
export const REPLACEMENT_QUOTA = 3;

const UNIT_LABELS: Record<string, string> = {
  hour: '小时',
  m2: '平方米',
  item: '件',
  month: '月',
  cycle26: '周期（26天）',
  each: '项',
  day: '天',
};

/** Default duties and requirements printed on a placement contract, by service name. */
const DUTIES: Record<string, string[]> = {
  保姆: ['家庭日常保洁', '一日三餐制作', '衣物洗涤与熨烫', '日常采购等家务'],
  育儿嫂: ['婴幼儿日常生活照料（喂养、洗护、睡眠）', '婴幼儿早期启蒙与陪伴', '婴幼儿衣物及用品清洁消毒'],
  月嫂: ['产妇产后生活护理与月子餐', '新生儿喂养、洗护与观察', '母婴用品清洁消毒'],
  老人陪护: ['老人日常起居照料', '饮食制作与协助进餐', '陪同散步、就医与情感陪伴'],
};
const GENERIC_DUTIES = ['按约定提供家务服务'];
const REQUIREMENTS = ['持有效健康体检证明并经岗前培训', '遵守职业道德，保护客户家庭隐私与财产安全'];

export type ContractOptions = {
  number: string;
  version: number;
  issuedAt: string;
  employmentModel: EmploymentModel;
  workerId?: string | null;
  paymentMethod?: string;
  remarks?: readonly string[];
};

type QuoteLine = {
  code: string;
  name: string;
  quantity: number;
  unit: string;
  unitPriceFen: number;
  amountFen: number;
};

const addressText = (a: {
  province: string;
  city: string;
  district: string;
  community: string;
  detail: string;
}) =>
  [a.province, a.city === a.province ? '' : a.city, a.district, a.community, a.detail]
    .filter(Boolean)
    .join('');

const fmtWindow = (start: Date, end: Date | null) => {
  const f = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
  return end ? `${f(start)}–${f(end).slice(11)}` : f(start);
};

/** A quote line as a contract item; a line whose amount is not quantity × price prints as one lump. */
function toItem(l: QuoteLine): ContractItem {
  const unit = UNIT_LABELS[l.unit] ?? l.unit;
  if (Math.round(l.quantity * l.unitPriceFen) === l.amountFen)
    return { item: l.name, quantity: l.quantity, unit, unitPriceFen: l.unitPriceFen, amountFen: l.amountFen };
  return {
    item: `${l.name}（${l.quantity}${unit}）`,
    quantity: 1,
    unit: '项',
    unitPriceFen: l.amountFen,
    amountFen: l.amountFen,
  };
}

/**
 * Fills the printed contract (ContractData, without signatures) from the database: the customer's
 * name and masked ID number (stored masked by maskIdNumber when the file was written), the
 * company's name and hotline (else the store's phone) and the store's address, the quote's lines,
 * and for a placement the terms of the price-list version the quote was priced from (trial days,
 * deposit, dispatch fee; wage and management fee as quoted; 4 rest days, 3 replacements).
 * The worker appears only by name, masked ID, tier and skills (R16). 422 when a party lacks data.
 */
export async function buildContractData(
  db: Db,
  order: OrderRow,
  quote: QuoteRow,
  opts: ContractOptions,
): Promise<ContractData> {
  const companyId = order.companyId;
  // One after another: inside a transaction the queries share one connection.
  const company = await companyOf(db, companyId);
  const store = order.storeId ? await storeContact(db, companyId, order.storeId) : undefined;
  const customer = await contractCustomer(db, companyId, order.customerId);
  const service = await serviceTypeOf(db, companyId, order.serviceTypeId);
  if (!customer?.idNumberMasked)
    throw invalidField(
      'customer',
      '签订合同前请在客户档案中登记客户身份证号',
      "The customer's ID number is missing",
    );
  const address = order.addressId ? await contractAddress(db, companyId, order.addressId) : undefined;
  const place = address
    ? addressText(address)
    : [order.district, order.community].filter(Boolean).join('') || '以双方确认的服务地址为准';
  const contractCompany: ContractCompany = {
    name: company?.name ?? '',
    hotline: company?.hotline ?? store?.phone ?? '—',
    address: store?.address ?? '—',
  };
  let worker: ContractWorker | undefined;
  if (opts.workerId) {
    const w = await contractWorker(db, companyId, opts.workerId);
    if (!w || w.status === 'left' || w.status === 'blacklisted')
      throw invalidField('workerId', '服务人员不存在或已不可用', 'Unknown or unavailable worker');
    // The wage was quoted for a tier: the named worker must hold at least that tier (R12).
    const quotedTier = (quote.params as { tier?: (typeof WORKER_TIER_LIST)[number] }).tier;
    const rank = (t: string | null | undefined) => (t ? WORKER_TIER_LIST.indexOf(t as never) : -1);
    if (quotedTier && rank(w.tier) < rank(quotedTier)) {
      const has = w.tier ? TIER_LABELS[w.tier] : '未定级';
      throw invalidField(
        'workerId',
        `服务人员等级（${has}）低于报价等级（${TIER_LABELS[quotedTier]}）`,
        'The worker is below the quoted tier',
      );
    }
    worker = {
      name: w.name,
      idNumberMasked: w.idNumberMasked,
      tierLabel: w.tier ? TIER_LABELS[w.tier] : '未定级',
      skills: w.skills,
    };
  }
  const base = {
    number: opts.number,
    version: opts.version,
    employmentModel: opts.employmentModel,
    issuedAt: opts.issuedAt,
    company: contractCompany,
    customer: { name: customer.name, idNumberMasked: customer.idNumberMasked, address: place },
    paymentMethod: opts.paymentMethod ?? DEFAULT_PAYMENT_METHOD,
    ...(opts.remarks?.length ? { remarks: [...opts.remarks] } : {}),
  };
  const lines = quote.lines as QuoteLine[];
  const serviceName = service?.name ?? '家政服务';
  if (order.mode === 'visit') {
    return {
      ...base,
      kind: 'visit',
      serviceName,
      schedule: order.windowStart ? fmtWindow(order.windowStart, order.windowEnd) : '双方另行约定',
      place,
      items: lines.map(toItem),
      ...(worker ? { worker } : {}),
    };
  }
  if (!worker)
    throw invalidField('workerId', '上户合同须指定服务人员', 'A placement contract names the worker');
  const contents = ((await priceListContents(db, companyId, quote.priceListVersionId)) ??
    {}) as PriceContents;
  const p = contents.placement;
  const params = quote.params as { trialDays?: number; months?: number };
  const months = params.months ?? 1;
  const start = order.startDate ?? shanghaiDate(new Date(opts.issuedAt));
  const end =
    service?.unit === 'cycle26' ? addDays(start, 26 * months - 1) : addDays(addMonths(start, months), -1);
  const line = (code: string) => lines.find((l) => l.code === code);
  return {
    ...base,
    kind: 'placement',
    serviceName,
    worker,
    duties: DUTIES[serviceName] ?? GENERIC_DUTIES,
    workerRequirements: REQUIREMENTS,
    place,
    term: { start, end },
    trialDays: params.trialDays ?? p?.trialDays ?? 0,
    monthlyWageFen: line('wage')?.unitPriceFen ?? 0,
    managementFeeFen: line('management_fee')?.unitPriceFen ?? 0,
    depositFen: p?.depositFen ?? 0,
    dispatchFeeFen: p?.dispatchFeeFen ?? 0,
    restDaysPerMonth: REST_DAYS_PER_MONTH,
    replacementQuota: REPLACEMENT_QUOTA,
  };
}
