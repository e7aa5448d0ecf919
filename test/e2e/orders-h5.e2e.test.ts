import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCustomerPhone } from '../../src/demo/demo-customers.ts';
import { DEMO_COMPANY, DEMO_PASSWORD } from '../../src/demo/load-demo.ts';
import { loginAs } from '../support/app.ts';
import { findChromium } from '../support/browser.ts';
import { type DemoServer, startDemoServer } from '../support/e2e-server.ts';
import { hasPdftotext, pdfText } from '../support/pdf-text.ts';

/**
 * The "Done when": an order goes from the phone call to a signed contract, with the
 * customer accepting the quote and signing on her phone (the H5). Staff steps go through the API;
 * the customer's steps are clicks, a drawn signature and typing in a 390×844 chromium page.
 */
const chromiumPath = findChromium();
/** The demo `customer` login is linked to the first demo customer (i = 0): 陈女士, 13700002000, with an ID number. */
const CUSTOMER_PHONE = demoCustomerPhone(0);
const CUSTOMER_NAME = '陈女士';
/** Placement quote: a 中级 nanny at ¥7,200/month (band ¥6,500–¥8,000), 7 trial days, one month. */
const PLACEMENT_TIER = 'middle';
const PLACEMENT_WAGE_FEN = 720_000;
const TRIAL_DAYS = 7;

let server: DemoServer | undefined;
let app: FastifyInstance;
let browser: BrowserContext;
let base: string;

type Call = <T = Record<string, unknown>>(
  method: 'GET' | 'POST',
  url: string,
  payload?: object,
) => Promise<T>;
type Quote = {
  id: string;
  state: string;
  lines: { code: string; unitPriceFen: number; amountFen: number; quantity: number }[];
  totalFen: number;
  monthlyTotalFen: number | null;
  firstPaymentFen: number | null;
};
type Contract = {
  id: string;
  number: string;
  state: string;
  textSha256: string;
  requiredParties: string[];
  signatures: { party: string; signerName: string }[];
};

/** A calendar day in Shanghai, `days` from today, as YYYY-MM-DD. */
function shanghaiDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

/** ¥ with thousands separators and two decimals, from integer fen: 123456 → '¥1,234.56'. */
function yuan(fen: number): string {
  const whole = Math.floor(fen / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `¥${whole}.${String(fen % 100).padStart(2, '0')}`;
}

const squash = (s: string) => s.replace(/\s+/g, '');

const shots = () => {
  const dir = path.resolve('.tmp/screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
};

/** A staff member's API, through the in-process server with her session cookie. */
async function staff(username: string): Promise<Call> {
  const cookie = await loginAs(app, username, DEMO_PASSWORD);
  return async <T>(method: 'GET' | 'POST', url: string, payload?: object): Promise<T> => {
    const res = await app.inject({ method, url: `/api/v1${url}`, payload, headers: { cookie } });
    if (res.statusCode >= 300) throw new Error(`${username} ${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json() as T;
  };
}

/** The staff (机构联) PDF of a contract. */
async function staffPdf(username: string, contractId: string): Promise<Buffer> {
  const cookie = await loginAs(app, username, DEMO_PASSWORD);
  const res = await app.inject({
    method: 'GET',
    url: `/api/v1/contracts/${contractId}/pdf`,
    headers: { cookie },
  });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('application/pdf');
  return res.rawPayload;
}

type Demo = { customerId: string; storeId: string; serviceId: (name: string) => string; managerId: string };

async function demoIds(agent: Call, manager: Call): Promise<Demo> {
  const customers = await agent<{ items: { id: string; name: string }[] }>(
    'GET',
    `/customers?phone=${CUSTOMER_PHONE}`,
  );
  const customer = customers.items.find((c) => c.name === CUSTOMER_NAME);
  const stores = await agent<{ items: { id: string; name: string }[] }>('GET', '/stores?limit=100');
  const store = stores.items.find((s) => s.name === '朝阳门店');
  const services = await agent<{ items: { id: string; name: string }[] }>('GET', '/service-types');
  const me = await manager<{ user: { id: string } }>('GET', '/me');
  if (!customer || !store) throw new Error('demo data lacks 陈女士 or 朝阳门店');
  return {
    customerId: customer.id,
    storeId: store.id,
    managerId: me.user.id,
    serviceId: (name) => {
      const s = services.items.find((x) => x.name === name);
      if (!s) throw new Error(`demo catalog lacks ${name}`);
      return s.id;
    },
  };
}

/**
 * Steps 1–2: the agent records the phone order, confirms it and routes it to 朝阳门店; the store
 * manager accepts it, schedules and records the home assessment, and issues the quote.
 */
async function orderToQuote(
  agent: Call,
  manager: Call,
  demo: Demo,
  order: object,
  quote: object,
): Promise<{ orderId: string; quote: Quote }> {
  const created = await agent<{ id: string; status: string }>('POST', '/orders', {
    customerId: demo.customerId,
    channel: 'phone',
    ...order,
  });
  expect(created.status).toBe('inquiry');
  const orderId = created.id;
  expect((await agent<{ status: string }>('POST', `/orders/${orderId}/confirm`)).status).toBe('confirmed');
  const routed = await agent<{ routing: string; storeId: string }>('POST', `/orders/${orderId}/route`, {
    storeId: demo.storeId,
  });
  expect(routed.routing).toBe('pending'); // 待接单
  expect(routed.storeId).toBe(demo.storeId);

  const inbox = await manager<{ items: { id: string }[] }>('GET', '/orders/inbox');
  expect(inbox.items.map((o) => o.id)).toContain(orderId);
  const accepted = await manager<{ routing: string; storeId: string }>('POST', `/orders/${orderId}/accept`);
  expect(accepted.routing).toBe('accepted');
  expect(accepted.storeId).toBe(demo.storeId);

  const assessment = await manager<{ id: string }>('POST', `/orders/${orderId}/assessments`, {
    scheduledAt: `${shanghaiDay(0)}T18:00:00+08:00`,
    assessorUserId: demo.managerId,
  });
  const recorded = await manager<{ recordedAt: string | null; areaM2: number }>(
    'POST',
    `/assessments/${assessment.id}/record`,
    {
      areaM2: 89.5,
      rooms: 3,
      members: [{ relation: '本人' }, { relation: '女儿', age: 1 }],
      habits: '家中有幼儿，注意安静',
      requirements: '厨房与卫生间重点清洁',
    },
  );
  expect(recorded.recordedAt).not.toBeNull();
  expect(recorded.areaM2).toBe(89.5);

  const issued = await manager<Quote>('POST', `/orders/${orderId}/quotes`, quote);
  expect(issued.state).toBe('issued');
  const detail = await manager<{ status: string }>('GET', `/orders/${orderId}`);
  expect(detail.status).toBe('quoted');
  return { orderId, quote: issued };
}

/** Opens the H5 at 390×844 and signs in as the demo customer. */
async function h5Login(): Promise<Page> {
  await browser.clearCookies(); // one persistent profile: start each journey logged out
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/h5/`);
  await page.getByPlaceholder('用户名').fill('customer');
  await page.getByPlaceholder('密码').fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.locator('.h5-tabbar').getByText('我的订单').waitFor();
  return page;
}

/** Step 3a: 我的订单 → the order → 接受 the quote (and confirm the dialog). */
async function acceptQuoteInH5(page: Page, serviceName: string, quote: Quote) {
  await page.locator('.h5-tabbar').getByText('我的订单').click();
  await page.getByTestId('my-order').filter({ hasText: serviceName }).first().click();
  await page.getByTestId('order-page').waitFor();
  const status = page.getByTestId('order-status');
  await expect.poll(() => status.textContent()).toBe('已报价');
  const quoteCard = page.getByTestId('order-quote');
  await quoteCard.getByText('待确认').waitFor();
  await quoteCard.getByRole('button', { name: '接受', exact: true }).click();
  const dialog = page.locator('.adm-dialog');
  await dialog.getByText('确认接受此报价？').waitFor();
  await dialog.getByRole('button', { name: '接受', exact: true }).click();
  await quoteCard.getByText('已接受').waitFor();
  await expect.poll(() => quoteCard.getByRole('button', { name: '接受', exact: true }).count()).toBe(0);
  expect(quote.state).toBe('issued');
}

/** Step 3b: opens the contract, draws a signature with the mouse, types her name, signs. */
async function signInH5(page: Page, serviceName: string) {
  await page.reload(); // the staff generated the contract meanwhile
  await page.getByTestId('order-page').waitFor();
  const state = page.getByTestId('contract-state');
  await expect.poll(() => state.textContent()).toBe('待您签署');
  await page.getByText('阅读并签署').click();
  const sheet = page.getByTestId('contract-sheet');
  const text = sheet.getByTestId('contract-text');
  await text.waitFor();
  expect(await text.textContent()).toContain(CUSTOMER_NAME);
  expect(await text.textContent()).toContain(serviceName);

  // Signing with an empty pad is refused in the page.
  await page.getByRole('button', { name: '确认签署' }).click();
  await sheet.getByRole('alert').getByText('请先手写签名').waitFor();

  const pad = sheet.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('the signature pad is not visible');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 30, y);
  await page.mouse.down();
  for (let i = 1; i <= 24; i++) {
    await page.mouse.move(box.x + 30 + i * 10, y + Math.sin(i / 2) * 30, { steps: 2 });
  }
  await page.mouse.up();
  const inked = await pad.evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]) n++;
    return n;
  });
  expect(inked).toBeGreaterThan(200);

  const name = page.getByPlaceholder(`请输入「${CUSTOMER_NAME}」`);
  await name.fill('陈');
  await page.getByRole('button', { name: '确认签署' }).click();
  await sheet.getByRole('alert').getByText(`姓名须与合同上的「${CUSTOMER_NAME}」一致`).waitFor();
  await name.fill(CUSTOMER_NAME);
  await page.getByRole('button', { name: '确认签署' }).click();
  await sheet.waitFor({ state: 'detached' });
  await expect.poll(() => state.textContent()).toBe('待公司会签');
  await expect.poll(() => page.getByTestId('order-status').textContent()).toBe('已报价');
  await page.getByText('查看合同').waitFor();
}

/** Step 4: the store manager countersigns; the contract is signed and the order contracted. */
async function countersign(manager: Call, orderId: string, contractId: string): Promise<Contract> {
  const before = await manager<Contract>('GET', `/contracts/${contractId}`);
  expect(before.state).toBe('customer_signed');
  expect(before.signatures.map((s) => [s.party, s.signerName])).toEqual([['customer', CUSTOMER_NAME]]);
  const signed = await manager<Contract>('POST', `/contracts/${contractId}/countersign`);
  expect(signed.state).toBe('signed');
  expect(signed.signatures.map((s) => s.party).sort()).toEqual(['company', 'customer']);
  expect(signed.textSha256).toBe(before.textSha256);
  const order = await manager<{ status: string }>('GET', `/orders/${orderId}`);
  expect(order.status).toBe('contracted');
  return signed;
}

/** Step 5a: the H5 shows the signed contract; her copy of the PDF is downloaded with her session. */
async function customerPdf(page: Page, contractId: string, shot: string): Promise<Buffer> {
  await page.reload();
  await page.getByTestId('order-page').waitFor();
  await expect.poll(() => page.getByTestId('contract-state').textContent()).toBe('已签署');
  await expect.poll(() => page.getByTestId('order-status').textContent()).toBe('已签约');
  const link = page.getByRole('link', { name: '下载合同 PDF' });
  expect(await link.getAttribute('href')).toBe(`/api/v1/my/contracts/${contractId}/pdf`);
  await page.screenshot({ path: path.join(shots(), shot), fullPage: true });
  const res = await page.request.get(`${base}/api/v1/my/contracts/${contractId}/pdf`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/pdf');
  const pdf = await res.body();
  expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
  return pdf;
}

/** Checks both copies: parties, hash, copy labels, and the privacy of the customer's copy (R16). */
function checkCopies(customerCopy: string, staffCopy: string, contract: Contract) {
  for (const text of [customerCopy, staffCopy]) {
    expect(text).toContain(CUSTOMER_NAME);
    expect(text).toContain(DEMO_COMPANY);
    expect(text).toContain(contract.number);
    expect(text).toContain(`合同摘要 SHA-256: ${contract.textSha256}`);
  }
  expect(customerCopy).toContain('客户联');
  expect(staffCopy).toContain('机构联');
  // The company's copy never prints her phone. (Her own copy could — contract-pdf.ts prints
  // `customer.phone` on the 客户联 — but the stored terms carry no phone, so today neither does.)
  expect(squash(staffCopy)).not.toContain(CUSTOMER_PHONE);
  // No worker phone (demo 139…) and no full ID number anywhere on her copy; the hash is hex, so
  // it is taken out before looking for digit runs.
  const withoutHash = customerCopy.replaceAll(contract.textSha256, '');
  expect(withoutHash).not.toMatch(/(?<!\d)139\d{8}(?!\d)/);
  expect(squash(withoutHash)).not.toMatch(/(?<![0-9a-f])\d{17}[\dX](?![0-9a-f])/i);
  expect(squash(withoutHash)).not.toMatch(/139\d{8}/);
}

beforeAll(async () => {
  if (!chromiumPath) return;
  server = await startDemoServer(chromiumPath);
  ({ app, base, browser } = server);
});
afterAll(async () => {
  await server?.close();
});

describe.skipIf(!chromiumPath)('orders with the customer on the H5 (chromium)', () => {
  it.skipIf(!hasPdftotext)(
    'a phone order for 日常保洁: quote accepted and contract signed on her phone, PDF checks out',
    async () => {
      const agent = await staff('agent');
      const manager = await staff('store_manager');
      const demo = await demoIds(agent, manager);
      const day = shanghaiDay(1);

      // ——— 1–2: the call, the store, the assessment, the quote ———
      const { orderId, quote } = await orderToQuote(
        agent,
        manager,
        demo,
        {
          serviceTypeId: demo.serviceId('日常保洁'),
          windowStart: `${day}T09:00:00+08:00`,
          windowEnd: `${day}T12:00:00+08:00`,
          quantity: 3,
          notes: '电话下单：周末前打扫',
        },
        {},
      );
      // ¥50/h × 3 h, no surcharge on a weekday morning — but the price list decides; only consistency here.
      expect(quote.totalFen).toBe(quote.lines.reduce((s, l) => s + l.amountFen, 0));
      expect(quote.totalFen).toBeGreaterThan(0);

      // ——— 3: the customer accepts the quote on the H5 ———
      const page = await h5Login();
      await acceptQuoteInH5(page, '日常保洁', quote);
      const quotes = await manager<{ items: Quote[] }>('GET', `/orders/${orderId}/quotes`);
      expect(quotes.items.at(-1)?.state).toBe('accepted');

      const drafted = await manager<Contract>('POST', `/orders/${orderId}/contracts`, {});
      expect(drafted.state).toBe('draft');
      expect(drafted.requiredParties.sort()).toEqual(['company', 'customer']);

      await signInH5(page, '日常保洁');
      await page.screenshot({ path: path.join(shots(), 'h5-visit-signed.png'), fullPage: true });

      // ——— 4: the company countersigns ———
      const signed = await countersign(manager, orderId, drafted.id);
      expect(signed.textSha256).toBe(drafted.textSha256);

      // ——— 5: both copies of the PDF ———
      const customerCopy = pdfText(await customerPdf(page, drafted.id, 'h5-visit-contracted.png'));
      const staffCopy = pdfText(await staffPdf('store_manager', drafted.id));
      checkCopies(customerCopy, staffCopy, signed);
      for (const text of [customerCopy, staffCopy]) {
        expect(text).toContain('家政服务合同（上门服务）');
        expect(text).toContain('日常保洁');
        expect(squash(text)).toContain(`合计${yuan(quote.totalFen)}`);
        expect(squash(text)).toContain(`服务时间${day}09:00–12:00`);
      }
      await page.close();
    },
  );

  it.skipIf(!hasPdftotext)(
    'a 保姆 placement: trial, management fee and prepaid wage, signed on her phone, PDF checks out',
    async () => {
      const agent = await staff('agent');
      const manager = await staff('store_manager');
      const demo = await demoIds(agent, manager);
      const startDate = shanghaiDay(7);

      // ——— 1–2 ———
      const { orderId, quote } = await orderToQuote(
        agent,
        manager,
        demo,
        { serviceTypeId: demo.serviceId('保姆'), startDate, notes: '电话咨询：住家保姆，下周上户' },
        { tier: PLACEMENT_TIER, monthlyWageFen: PLACEMENT_WAGE_FEN, trialDays: TRIAL_DAYS, months: 1 },
      );
      const line = (code: string) => quote.lines.find((l) => l.code === code);
      const daily = Math.round(PLACEMENT_WAGE_FEN / 26);
      expect(line('wage')?.unitPriceFen).toBe(PLACEMENT_WAGE_FEN);
      expect(line('trial_wage')).toMatchObject({ quantity: TRIAL_DAYS, unitPriceFen: daily });
      expect(line('management_fee')?.unitPriceFen).toBe(2000);
      expect(quote.monthlyTotalFen).toBe(PLACEMENT_WAGE_FEN + 2000);
      // the first payment: the first month's wage prepaid + dispatch fee + deposit + management fee
      const dispatch = line('dispatch_fee')?.amountFen ?? 0;
      const deposit = line('deposit')?.amountFen ?? 0;
      expect(quote.firstPaymentFen).toBe(PLACEMENT_WAGE_FEN + dispatch + deposit + 2000);

      // ——— 3: accepted on the H5; the store names the worker (员工制) and draws up the contract ———
      const page = await h5Login();
      await acceptQuoteInH5(page, '保姆', quote);
      const workers = await manager<{ items: { id: string; name: string; storeId: string }[] }>(
        'GET',
        `/workers?status=available&tier=${PLACEMENT_TIER}&storeId=${demo.storeId}&limit=20`,
      );
      const worker = workers.items[0];
      if (!worker) throw new Error('no available 中级 worker in 朝阳门店');
      expect(worker.storeId).toBe(demo.storeId);
      const drafted = await manager<Contract>('POST', `/orders/${orderId}/contracts`, {
        employmentModel: 'employee',
        workerId: worker.id,
      });
      expect(drafted.state).toBe('draft');
      expect(drafted.requiredParties.sort()).toEqual(['company', 'customer']);

      await signInH5(page, '保姆');
      await page.screenshot({ path: path.join(shots(), 'h5-placement-signed.png'), fullPage: true });

      // ——— 4 ———
      const signed = await countersign(manager, orderId, drafted.id);

      // ——— 5 ———
      const customerCopy = pdfText(await customerPdf(page, drafted.id, 'h5-placement-contracted.png'));
      const staffCopy = pdfText(await staffPdf('store_manager', drafted.id));
      checkCopies(customerCopy, staffCopy, signed);
      for (const text of [customerCopy, staffCopy]) {
        const flat = squash(text);
        expect(text).toContain('家政服务合同（保姆·员工制）');
        expect(flat).toContain(`姓名${worker.name}`);
        expect(flat).toContain('等级中级');
        expect(flat).toContain(`试用期${TRIAL_DAYS}天`);
        expect(flat).toContain(`日工资=月工资÷26=${yuan(daily)}`);
        expect(flat).toContain(`管理费每月缴纳${yuan(2000)}`);
        expect(flat).toContain(`服务人员月工资每月预缴${yuan(PLACEMENT_WAGE_FEN)}`);
        expect(flat).toContain(
          `签约时应缴（派遣费＋首月管理费＋首月工资＋押金）${yuan(quote.firstPaymentFen ?? 0)}`,
        );
        expect(flat).toContain(`服务期限${startDate}至`);
      }
      await page.close();
    },
  );
});
