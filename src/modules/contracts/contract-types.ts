/**
 * What a contract prints (R10, R11). A later issue fills ContractData from the database.
 * R16 by construction: ContractWorker has no phone, full ID number or home-address field, so none
 * can leak into a contract; the company hotline is printed instead. ID numbers arrive masked.
 */

export type EmploymentModel = 'employee' | 'intermediary';

export type ContractCompany = { name: string; hotline: string; address: string };

export type ContractCustomer = {
  name: string;
  /** 4101**********123X */
  idNumberMasked: string;
  /** Printed on the customer's own copy only (copy: 'customer'); not part of the hashed text. */
  phone?: string;
  address: string;
};

export type ContractWorker = {
  name: string;
  /** 4101**********123X */
  idNumberMasked: string;
  /** 初级 / 中级 / 高级A / 高级B */
  tierLabel: string;
  skills: readonly string[];
};

export type ContractItem = {
  item: string;
  /** May be fractional (3.5 小时); amountFen must equal round(quantity × unitPriceFen). */
  quantity: number;
  unit: string;
  unitPriceFen: number;
  amountFen: number;
};

/** A drawn signature: PNG Buffer or data:image/png;base64 URL. */
export type SignatureImage = Buffer | string;

export type ContractSignatures = {
  customer?: { name: string; signedAt: string; ip?: string; image?: SignatureImage };
  company?: { userName: string; signedAt: string };
  /** 中介制 only. */
  worker?: { name: string; signedAt: string; image?: SignatureImage };
};

type ContractBase = {
  number: string;
  version: number;
  employmentModel: EmploymentModel;
  /** ISO instant; the 签订日期 and the PDF's creation date. */
  issuedAt: string;
  company: ContractCompany;
  customer: ContractCustomer;
  /** e.g. 银行转账、现金或线上支付 */
  paymentMethod: string;
  /** Whose copy this PDF is (printed, not hashed). */
  copy?: 'customer' | 'company' | 'worker';
  signatures?: ContractSignatures;
  /** Extra agreed terms (其他约定), hashed. */
  remarks?: readonly string[];
};

export type VisitContract = ContractBase & {
  kind: 'visit';
  serviceName: string;
  /** Schedule / time window, e.g. "2025-03-08（周六）09:00–12:00". */
  schedule: string;
  /** Service address. */
  place: string;
  items: readonly ContractItem[];
  /** Unknown until dispatch (a visit is contracted before it is dispatched). */
  worker?: ContractWorker | null;
};

export type PlacementContract = ContractBase & {
  kind: 'placement';
  /** 保姆 / 育儿嫂 / 月嫂 / 病护 / 老人陪护 / 管家 */
  serviceName: string;
  worker: ContractWorker;
  duties: readonly string[];
  workerRequirements: readonly string[];
  place: string;
  /** Shanghai dates, YYYY-MM-DD. */
  term: { start: string; end: string };
  trialDays: number;
  monthlyWageFen: number;
  /** Monthly (§P: ¥20/月). */
  managementFeeFen: number;
  depositFen: number;
  /** One-time. */
  dispatchFeeFen: number;
  /** Default 4. */
  restDaysPerMonth?: number;
  /** Default 3 (§P: 本中心予以调换3次服务员). */
  replacementQuota?: number;
};

export type ContractData = VisitContract | PlacementContract;

const MASKED_ID = /^[0-9]{2,6}\*{6,}[0-9Xx]{0,4}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Refuses data that would print a wrong or leaking contract (unmasked ID, bad arithmetic, …). */
export function checkContract(c: ContractData): void {
  const fail = (msg: string): never => {
    throw new RangeError(`contract ${c.number}: ${msg}`);
  };
  if (!MASKED_ID.test(c.customer.idNumberMasked)) fail('customer ID number must be masked');
  if (c.worker && !MASKED_ID.test(c.worker.idNumberMasked)) fail('worker ID number must be masked');
  if (!Number.isInteger(c.version) || c.version < 1) fail('version must be a positive integer');
  if (Number.isNaN(Date.parse(c.issuedAt))) fail('issuedAt is not a date');
  if (c.employmentModel === 'intermediary' && !c.worker) fail('中介制 names the worker as a party (乙方)');
  if (c.kind === 'visit') {
    if (c.items.length === 0) fail('no service items');
    for (const i of c.items) {
      if (!Number.isSafeInteger(i.unitPriceFen) || !Number.isSafeInteger(i.amountFen)) fail(`${i.item}: fen`);
      if (Math.round(i.quantity * i.unitPriceFen) !== i.amountFen)
        fail(`${i.item}: amount ≠ quantity × price`);
    }
    return;
  }
  const fees = [c.monthlyWageFen, c.managementFeeFen, c.depositFen, c.dispatchFeeFen];
  if (!fees.every((f) => Number.isSafeInteger(f) && f >= 0)) fail('fees must be non-negative fen');
  if (!DATE.test(c.term.start) || !DATE.test(c.term.end) || c.term.start > c.term.end) fail('bad term');
  if (!Number.isInteger(c.trialDays) || c.trialDays < 0) fail('trialDays');
}

/** R11/R23: a placement's daily rate is the monthly wage ÷ 26 working days, rounded to the fen. */
export const dailyRateFen = (monthlyWageFen: number) => Math.round(monthlyWageFen / 26);

export type Parties = { customer: string; worker: string; company: string; count: number };

/** 员工制: customer 甲方 and company 乙方 (the worker is the company's staff); 中介制 adds the worker as 乙方. */
export function parties(c: ContractData): Parties {
  return c.employmentModel === 'intermediary'
    ? { customer: '甲方', worker: '乙方', company: '丙方', count: 3 }
    : { customer: '甲方', worker: '服务人员', company: '乙方', count: 2 };
}
