import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkerPhone } from '../../src/demo/demo-workers.ts';
import { DEMO_PASSWORD } from '../../src/demo/load-demo.ts';
import { loginAs } from '../support/app.ts';
import { findChromium } from '../support/browser.ts';
import { type DemoServer, startDemoServer } from '../support/e2e-server.ts';
import { testClock } from '../support/factories.ts';

/**
 * The issue "Dispatch", end to end on the demo company: the dispatcher picks 刘春梅 (the `worker`
 * login) from the ranked shortlist of a demo order in the console; the worker sees the job on her
 * H5 without the address until two hours before the start, then with it and a call button through
 * the store; the customer sees who is coming and never a worker's phone.
 */
const chromiumPath = findChromium();
const HOUR = 3_600_000;
/** The demo worker linked to the `worker` login (demo-workers.ts, i = 0). */
const WORKER_NAME = '刘春梅';
/** 陈女士's address in the demo (demo-customers.ts, i = 0): 朝阳区 望京花园, 1 号楼 1 单元 101 室. */
const COMMUNITY = '望京花园';
const DETAIL = '1 号楼 1 单元 101 室';
const STORE_PHONE = '010-65001234';
/** Every demo worker's phone: none may reach the customer's page. */
const WORKER_PHONES = Array.from({ length: 40 }, (_, i) => demoWorkerPhone(i));

/** YYYY-MM-DD in Shanghai of an instant. */
const shanghaiDay = (ms: number) => new Date(ms).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/**
 * The server's clock: today 20:00 Shanghai (today as the machine sees it), so that the demo's
 * visits of tomorrow 09:00 are 13 hours ahead and the release window (07:00) 11 hours ahead —
 * within one session's 12 hours, so nobody has to log in again after the clock moves.
 */
const today = shanghaiDay(Date.now());
const clock = testClock(new Date(`${today}T20:00:00+08:00`));
const tomorrow = shanghaiDay(clock.now().getTime() + 24 * HOUR);
const START = new Date(`${tomorrow}T09:00:00+08:00`).getTime();

let server: DemoServer | undefined;
let app: FastifyInstance;
let browser: BrowserContext;
let base: string;

beforeAll(async () => {
  if (!chromiumPath) return;
  server = await startDemoServer(chromiumPath, clock);
  ({ app, base, browser } = server);
}, 180_000);
afterAll(async () => {
  await server?.close();
});

const shots = () => {
  const dir = path.resolve('.tmp/screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
};

/** A staff member's API through the in-process server (GET unless told). */
async function staff(username: string) {
  const cookie = await loginAs(app, username, DEMO_PASSWORD);
  return async <T>(url: string, method: 'GET' | 'POST' | 'PUT' = 'GET', payload?: object): Promise<T> => {
    const res = await app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, payload });
    if (res.statusCode >= 300) throw new Error(`${username} ${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json() as T;
  };
}

type DemoOrder = { id: string; status: string; windowStart: string | null; storeName: string | null };

/** The demo's contracted visit of 朝阳门店 starting at `start` (ms). */
async function demoOrderAt(start: number): Promise<DemoOrder | undefined> {
  const dispatcher = await staff('dispatcher');
  const orders = await dispatcher<{ items: DemoOrder[] }>('/orders?status=contracted&limit=100');
  return orders.items.find(
    (o) => o.windowStart && Date.parse(o.windowStart) === start && o.storeName === '朝阳门店',
  );
}

async function consoleLogin(page: Page, username: string) {
  await browser.clearCookies(); // one persistent profile: start each journey logged out
  await page.goto(`${base}/`);
  await page.getByPlaceholder('用户名').fill(username);
  await page.getByPlaceholder('密码').fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.getByRole('menuitem', { name: /工作台/ }).waitFor();
}

/** Opens the H5 at 390×844 as `username`; waits for the first page after login. */
async function h5Login(username: string, landed: (page: Page) => Promise<void>): Promise<Page> {
  await browser.clearCookies();
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/h5/`);
  await page.getByPlaceholder('用户名').fill(username);
  await page.getByPlaceholder('密码').fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
  await landed(page);
  return page;
}

/** All the text of the page, hidden parts included (stricter than what is visible). */
const bodyText = async (page: Page) => (await page.locator('body').textContent()) ?? '';

describe.skipIf(!chromiumPath)('dispatch (chromium)', () => {
  it('dispatcher assigns from the shortlist; the worker gets the address only in the window; the customer sees who is coming', async () => {
    // ——— the demo's ready-to-dispatch order of tomorrow 09:00 at 朝阳门店 ———
    const dispatcher = await staff('dispatcher');
    const order = await demoOrderAt(START);
    const other = await demoOrderAt(START + 5 * HOUR);
    if (!order) throw new Error(`the demo has no contracted visit at ${tomorrow} 09:00 in 朝阳门店`);

    // ——— the console: the ranked shortlist with reasons, the excluded list, 派单 ———
    const page = await browser.newPage();
    page.setDefaultTimeout(30_000); // the console's first load in a fresh profile can be slow
    await consoleLogin(page, 'dispatcher');
    await page.goto(`${base}/orders/${order.id}`);
    const section = page.getByTestId('dispatch-section');
    await section.waitFor();
    const shortlist = section.getByTestId('dispatch-candidates');
    const row = shortlist.locator('tr').filter({ hasText: WORKER_NAME });
    await row.waitFor();
    const rowText = await row.textContent();
    expect(rowText).toMatch(/距离 \d+(\.\d)? km/);
    expect(rowText).toContain('评分');
    // She is ranked (the first column is her rank).
    expect(Number((await row.locator('td').first().textContent())?.trim())).toBeGreaterThan(0);

    await section.getByRole('switch', { name: '显示被排除的家政员' }).click();
    const excluded = section.getByTestId('dispatch-excluded');
    await excluded.locator('li').first().waitFor();
    expect((await excluded.locator('li').first().textContent())?.trim()).toBeTruthy();
    expect(await excluded.textContent()).not.toContain(WORKER_NAME);

    await row.getByRole('button', { name: /派\s*单/ }).click();
    const confirm = page.locator('.ant-popconfirm').filter({ hasText: `确认派给 ${WORKER_NAME}？` });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText(`已派给 ${WORKER_NAME}`).first().waitFor();
    await page.screenshot({ path: path.join(shots(), 'dispatch-console-assigned.png'), fullPage: true });
    const assignments = await dispatcher<{ items: { workerName: string; state: string }[] }>(
      `/orders/${order.id}/assignments`,
    );
    expect(assignments.items.map((a) => [a.workerName, a.state])).toEqual([[WORKER_NAME, 'active']]);
    await page.close();

    // ——— the worker, the evening before: district and time, no address, no call button ———
    const job = await h5Login('worker', (p) => p.getByTestId('jobs-page').waitFor());
    const card = job.getByTestId('job-card').filter({ hasText: '日常保洁' });
    await card.first().waitFor();
    expect(await card.count()).toBe(1);
    expect(await card.getByTestId('job-district').textContent()).toContain('朝阳区');
    expect(await card.getByTestId('job-time').textContent()).toContain('09:00–12:00');
    expect(await card.getByTestId('job-state').textContent()).toBe('已派单');
    expect(await card.textContent()).toContain('日常保洁作业标准');
    await card.click();
    await job.getByTestId('job-page').waitFor();
    const [, month, day] = tomorrow.split('-').map(Number);
    await job
      .getByTestId('job-address-notice')
      .getByText(`详细地址将于 ${month}月${day}日 07:00 显示`)
      .waitFor();
    let text = await bodyText(job);
    expect(text).toContain('朝阳区');
    expect(text).not.toContain(COMMUNITY);
    expect(text).not.toContain(DETAIL);
    expect(await job.locator('a[href^="tel:"]').count()).toBe(0);
    expect(await job.content()).not.toContain(COMMUNITY);
    await job.screenshot({ path: path.join(shots(), 'dispatch-worker-before.png'), fullPage: true });

    // ——— two hours before the start the window opens ———
    clock.advance(START - 2 * HOUR - clock.now().getTime());
    await job.reload();
    await job.getByTestId('job-page').waitFor();
    const address = job.getByTestId('job-address');
    await address.waitFor();
    expect(await address.textContent()).toContain(COMMUNITY);
    expect(await address.textContent()).toContain(DETAIL);
    const call = job.getByTestId('job-call');
    expect(await call.textContent()).toContain('联系客户（经门店转接）');
    expect(await call.getAttribute('href')).toBe(`tel:${STORE_PHONE}`);
    expect(await job.getByTestId('job-address-notice').count()).toBe(0);
    text = await bodyText(job);
    for (const phone of WORKER_PHONES) expect(text).not.toContain(phone);
    await job.screenshot({ path: path.join(shots(), 'dispatch-worker-window.png'), fullPage: true });
    await job.close();

    // ——— the customer: who is coming, and no worker phone anywhere ———
    const mine = await h5Login('customer', (p) => p.locator('.h5-tabbar').getByText('我的订单').waitFor());
    await mine.goto(`${base}/h5/#/orders/${order.id}`);
    await mine.getByTestId('order-page').waitFor();
    const coming = mine.getByTestId('whos-coming');
    await coming.waitFor();
    expect(await coming.getByTestId('coming-name').textContent()).toBe(WORKER_NAME);
    expect(await coming.textContent()).toContain('服务人员');
    expect(await coming.textContent()).toContain('保洁');
    expect(await coming.getByTestId('coming-contact').textContent()).toBe(
      '如需联系服务人员，请拨打公司客服 400-800-1234',
    );
    await expect.poll(() => mine.getByTestId('order-status').textContent()).toBe('已派单');
    text = await bodyText(mine);
    expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    const html = await mine.content();
    for (const phone of WORKER_PHONES) {
      expect(text).not.toContain(phone);
      expect(html).not.toContain(phone);
    }
    await mine.screenshot({ path: path.join(shots(), 'dispatch-customer-coming.png'), fullPage: true });

    // The other demo visit (14:00) is not dispatched: no one is shown as coming.
    if (other) {
      await mine.goto(`${base}/h5/#/orders/${other.id}`);
      await mine.getByTestId('order-page').waitFor();
      await expect.poll(() => mine.getByTestId('order-status').textContent()).toBe('已签约');
      expect(await mine.getByTestId('whos-coming').count()).toBe(0);
    }
    await mine.close();
  });

  it('with offers on, the worker answers on her H5: 拒单 asks for a reason, 接单 makes the job hers', async () => {
    const order = await demoOrderAt(START + 5 * HOUR); // the demo's 14:00 visit, still contracted
    if (!order) throw new Error(`the demo has no contracted visit at ${tomorrow} 14:00 in 朝阳门店`);
    const admin = await staff('admin');
    const settings = await admin<Record<string, unknown>>('/dispatch/settings');
    await admin('/dispatch/settings', 'PUT', { ...settings, useOffers: true, offerTimeoutMinutes: 30 });
    const dispatcher = await staff('dispatcher');
    const shortlist = await dispatcher<{ candidates: { workerId: string; name: string }[] }>(
      `/orders/${order.id}/candidates`,
    );
    const her = shortlist.candidates.find((c) => c.name === WORKER_NAME);
    if (!her) throw new Error(`${WORKER_NAME} is not on the shortlist of the 14:00 visit`);
    const offered = await dispatcher<{ state: string }>(`/orders/${order.id}/assign`, 'POST', {
      workerId: her.workerId,
    });
    expect(offered.state).toBe('offered');

    const page = await h5Login('worker', (p) => p.getByTestId('jobs-page').waitFor());
    const card = page.getByTestId('job-card').filter({ hasText: '14:00–17:00' });
    await card.waitFor();
    expect(await card.getByTestId('job-state').textContent()).toBe('待接单');
    expect(await card.getByTestId('job-time-left').textContent()).toContain('剩余 30 分钟 答复');

    // 拒单 without a reason is refused in the page; the offer stays open.
    await card.getByRole('button', { name: '拒单', exact: true }).click();
    const decline = page.getByRole('dialog').filter({ has: page.getByTestId('decline-dialog') });
    await decline.waitFor();
    await decline.getByRole('button', { name: '确认拒单' }).click();
    await decline.getByRole('alert').getByText('请填写拒单原因').waitFor();
    await decline.getByRole('button', { name: '取消' }).click();
    await decline.waitFor({ state: 'hidden' });

    // 接单, confirmed: the job is hers, the buttons are gone.
    await card.getByRole('button', { name: '接单', exact: true }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '确认接下这份工作？' });
    await confirm.getByRole('button', { name: '接单', exact: true }).click();
    await expect.poll(() => card.getByTestId('job-state').textContent()).toBe('已派单');
    expect(await card.getByTestId('job-offer').count()).toBe(0);
    await page.screenshot({ path: path.join(shots(), 'dispatch-worker-accepted.png'), fullPage: true });
    const assignments = await dispatcher<{ items: { workerName: string; state: string }[] }>(
      `/orders/${order.id}/assignments`,
    );
    expect(assignments.items.map((a) => [a.workerName, a.state])).toEqual([[WORKER_NAME, 'active']]);
    await page.close();
  });
});
