import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCustomerPhone } from '../../src/demo/demo-customers.ts';
import { DEMO_PASSWORD } from '../../src/demo/load-demo.ts';
import { loginAs } from '../support/app.ts';
import { findChromium } from '../support/browser.ts';
import { type DemoServer, startDemoServer } from '../support/e2e-server.ts';

const chromiumPath = findChromium();
/** The demo `customer` login is linked to the first demo customer (i = 0): 陈女士, 13700002000. */
const CUSTOMER_PHONE = demoCustomerPhone(0);
const CUSTOMER_NAME = '陈女士';
/** A 1×1 PNG: the customer's "drawn" signature. */
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
let server: DemoServer | undefined;
let app: FastifyInstance;
let browser: BrowserContext;
let base: string;

/** A calendar day in Shanghai, `days` from today, as YYYY-MM-DD. */
function shanghaiDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

beforeAll(async () => {
  if (!chromiumPath) return;
  server = await startDemoServer(chromiumPath);
  ({ app, base, browser } = server);
});
afterAll(async () => {
  await server?.close();
});

const shots = () => {
  const dir = path.resolve('.tmp/screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
};

async function login(page: Page, username: string) {
  await browser.clearCookies(); // one persistent profile: start each journey logged out
  await page.goto(`${base}/`);
  await page.getByPlaceholder('用户名').fill(username);
  await page.getByPlaceholder('密码').fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.getByRole('menuitem', { name: /工作台/ }).waitFor();
}

/** Opens an antd Select and picks the option with that label. */
async function pickIn(page: Page, open: () => Promise<void>, option: string) {
  await open();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
}

/** Signs the contract as the customer through the H5 API (the H5 pages are built elsewhere). */
async function signAsCustomer(contractId: string) {
  const cookie = await loginAs(app, 'customer', DEMO_PASSWORD);
  const mine = await app.inject({
    method: 'GET',
    url: `/api/v1/my/contracts/${contractId}`,
    headers: { cookie },
  });
  expect(mine.statusCode).toBe(200);
  const sha256 = (mine.json() as { textSha256: string }).textSha256;
  const signed = await app.inject({
    method: 'POST',
    url: `/api/v1/my/contracts/${contractId}/sign`,
    headers: { cookie, 'idempotency-key': `sign-${contractId}` },
    payload: { typedName: CUSTOMER_NAME, signaturePng: PNG, sha256 },
  });
  expect(signed.statusCode, signed.body).toBe(200);
}

describe.skipIf(!chromiumPath)('orders (chromium)', () => {
  it('a phone order goes from the call to a signed contract', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);

    // ——— the agent takes the call ———
    await login(page, 'agent');
    await page.getByRole('menuitem', { name: /(^|\s)订单$/ }).click();
    await page.getByRole('link', { name: '新建订单' }).click();
    const phone = page.getByRole('textbox', { name: '来电号码' });
    await expect.poll(() => phone.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(CUSTOMER_PHONE); // keyboard-first: the phone field has the focus
    await page.keyboard.press('Enter');
    await page.getByTestId('chosen-customer').getByText(CUSTOMER_NAME).waitFor();

    await pickIn(page, () => page.getByRole('combobox', { name: '服务类型' }).click(), '日常保洁');
    await page.locator('#day').click();
    await page.locator('#day').fill(shanghaiDay(1));
    await page.locator('#day').press('Enter');
    await pickIn(page, () => page.getByRole('combobox', { name: '开始时间' }).click(), '09:00');
    await page.locator('#quantity').fill('3');
    await page.locator('#callbackInDays').fill('0'); // "I'll call you back today"
    const total = page.getByTestId('quote-total');
    await expect.poll(() => total.textContent(), { timeout: 10_000 }).toMatch(/合计 ¥\d+\.\d{2}/);
    expect(await page.getByTestId('quote-lines').textContent()).toContain('日常保洁');
    await page.screenshot({ path: path.join(shots(), 'order-new.png'), fullPage: true });

    await page.getByRole('button', { name: '提交订单' }).click();
    await page.waitForURL(/\/orders\/(?!new)[^/]+$/);
    const orderUrl = page.url();
    const orderId = orderUrl.split('/').pop() ?? '';
    const status = page.getByTestId('order-status').first();
    await expect.poll(() => status.textContent()).toBe('咨询');

    await page.getByRole('button', { name: '确认需求' }).click();
    await expect.poll(() => status.textContent()).toBe('需求确认');
    await page.getByRole('button', { name: '分派门店' }).click();
    const dialog = page.getByRole('dialog');
    await pickIn(page, () => dialog.locator('#storeId').click(), '朝阳门店');
    await dialog.getByRole('button', { name: '分派门店' }).click();
    await expect.poll(() => page.getByTestId('order-routing').first().textContent()).toBe('待接单');
    await page.screenshot({ path: path.join(shots(), 'order-routed.png'), fullPage: true });

    // ——— the store accepts it from its inbox ———
    await login(page, 'store_manager');
    await page.getByRole('menuitem', { name: /门店收件箱/ }).click();
    const row = page.getByTestId('inbox-routed').getByRole('row', { name: new RegExp(CUSTOMER_NAME) });
    await row.waitFor();
    expect(await page.getByTestId('inbox-badge').textContent()).toContain('1');
    await page.screenshot({ path: path.join(shots(), 'order-inbox.png'), fullPage: true });
    await row.getByRole('button', { name: '接单' }).click();
    await expect.poll(() => row.count()).toBe(0);

    // ——— quote, accepted by phone ———
    await page.goto(orderUrl);
    await expect.poll(() => page.getByTestId('order-routing').first().textContent()).toBe('门店已接单');
    await page.getByRole('tab', { name: '报价' }).click();
    await page.getByRole('button', { name: '出具报价' }).click();
    const quotes = page.getByTestId('quotes');
    await quotes.getByText('待确认').waitFor();
    await expect.poll(() => status.textContent()).toBe('已报价');
    await quotes.getByRole('button', { name: '电话确认接受' }).click();
    await page.getByRole('dialog').getByLabel('电话确认记录').fill('客户电话确认，周二上午九点上门');
    await page.getByRole('dialog').getByRole('button', { name: '电话确认接受' }).click();
    await quotes.getByText('已接受').waitFor();
    await page.screenshot({ path: path.join(shots(), 'order-quote.png'), fullPage: true });

    // ——— contract: generated, signed by the customer (API), countersigned ———
    await page.getByRole('tab', { name: '合同' }).click();
    await page.getByRole('button', { name: '生成合同' }).click();
    const contractState = page.getByTestId('contract-state').first();
    await expect.poll(() => contractState.textContent()).toBe('待客户签署');

    const adminCookie = await loginAs(app, 'admin', DEMO_PASSWORD);
    const list = await app.inject({
      method: 'GET',
      url: `/api/v1/orders/${orderId}/contracts`,
      headers: { cookie: adminCookie },
    });
    const contractId = (list.json() as { items: { id: string }[] }).items[0]?.id ?? '';
    await signAsCustomer(contractId);

    await page.reload();
    await page.getByRole('tab', { name: '合同' }).click();
    await expect.poll(() => contractState.textContent()).toBe('客户已签署');
    await page.getByRole('button', { name: '公司会签' }).click();
    await page
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await expect.poll(() => contractState.textContent(), { timeout: 10_000 }).toBe('已签署');
    await expect.poll(() => status.textContent()).toBe('已签约');
    await page.screenshot({ path: path.join(shots(), 'order-contract.png'), fullPage: true });

    const pdf = await page.request.get(`${base}/api/v1/contracts/${contractId}/pdf`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');

    // the timeline tells the story
    await page.getByRole('tab', { name: '时间线' }).click();
    const timeline = (await page.getByTestId('timeline').textContent()) ?? '';
    expect(timeline).toContain('新建订单');
    expect(timeline).toContain('已签约');
    await page.close();
  });

  it("the agent works through today's callbacks", async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    await login(page, 'agent');
    await page.getByRole('menuitem', { name: /我的回访/ }).click();
    await page.getByRole('tab', { name: '今天' }).click();
    const row = page.getByRole('row', { name: new RegExp(CUSTOMER_NAME) });
    await row.waitFor();
    expect(await row.textContent()).toContain('客户要求 0 天后答复');
    await row.getByRole('button', { name: '完成回访' }).click();
    await page.getByRole('dialog').getByLabel('回访结果').fill('已告知客户服务安排');
    await page.getByRole('dialog').getByRole('button', { name: '完成回访' }).click();
    await expect.poll(() => row.count()).toBe(0);
    await page.screenshot({ path: path.join(shots(), 'callbacks.png'), fullPage: true });
    await page.close();
  });

  it('the order list filters by status in the URL and keeps a saved filter', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    await login(page, 'agent');
    await page.goto(`${base}/orders?status=contracted`);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    const texts = await rows.allTextContents();
    expect(texts.every((text) => text.includes('已签约'))).toBe(true);
    expect(texts.join(' ')).toContain('137****2000');
    expect(texts.join(' ')).not.toContain(CUSTOMER_PHONE);

    await page.getByTestId('saved-filters').click();
    await page.getByRole('menuitem', { name: /保存当前筛选/ }).click();
    await page.getByRole('dialog').getByLabel('筛选名称').fill('已签约订单');
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await page.getByRole('button', { name: '清空筛选' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBeNull();
    await page.getByTestId('saved-filters').click();
    await page.getByRole('menuitem', { name: /已签约订单/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('contracted');
    await page.screenshot({ path: path.join(shots(), 'orders-list.png'), fullPage: true });
    await page.close();
  });
});
