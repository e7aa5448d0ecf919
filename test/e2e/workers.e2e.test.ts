import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/load-demo.ts';
import { loginAs } from '../support/app.ts';
import { findChromium } from '../support/browser.ts';
import { type DemoServer, startDemoServer } from '../support/e2e-server.ts';
import { makeIdNumber } from '../support/id-numbers.ts';

const chromiumPath = findChromium();
const WORKER_NAME = '周秀英';
const CERT_NAME = '家政服务员证（初级）';
let server: DemoServer | undefined;
let app: FastifyInstance;
let browser: BrowserContext;
let base: string;
let certExpiresOn: string;

/** A calendar day in Shanghai, `days` from today, as YYYY-MM-DD. */
function shanghaiDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

/** The worker the journeys look for: 保洁, 初级, identity verified, a certificate expiring in 10 days. */
async function seedWorker() {
  const cookie = await loginAs(app, 'admin', DEMO_PASSWORD);
  const call = async <T>(method: 'GET' | 'POST', url: string, payload?: object): Promise<T> => {
    const res = await app.inject({ method, url, payload, headers: { cookie } });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json() as T;
  };
  const skills = await call<{ items: { id: string; name: string }[] }>('GET', '/api/v1/skills');
  const cleaning = skills.items.find((s) => s.name === '保洁');
  const stores = await call<{ items: { id: string; name: string }[] }>('GET', '/api/v1/stores?limit=100');
  const chaoyang = stores.items.find((s) => s.name === '朝阳门店');
  if (!cleaning || !chaoyang) throw new Error('demo data lacks the 保洁 skill or 朝阳门店');
  const worker = await call<{ id: string }>('POST', '/api/v1/workers', {
    storeId: chaoyang.id,
    name: WORKER_NAME,
    gender: 'female',
    idNumber: makeIdNumber('510104', '1985-03-12', '024'),
    nativePlace: '四川成都',
    phone: '13998760024',
    education: 'junior',
    languages: ['普通话', '四川话'],
    cuisines: ['川菜'],
    homeDistrict: '朝阳区',
    employmentModel: 'employee',
    bankName: '中国工商银行',
    bankAccount: '6222020200112233445',
    skills: [{ skillId: cleaning.id, level: 3 }],
  });
  await call('POST', `/api/v1/workers/${worker.id}/verify-identity`);
  await call('POST', `/api/v1/workers/${worker.id}/tier`, { tier: 'junior' });
  certExpiresOn = shanghaiDay(10);
  await call('POST', `/api/v1/workers/${worker.id}/certificates`, {
    kind: 'skill',
    name: CERT_NAME,
    number: 'JZ-2024-0024',
    issuer: '北京市人力资源和社会保障局',
    issuedOn: shanghaiDay(-720),
    expiresOn: certExpiresOn,
  });
}

beforeAll(async () => {
  if (!chromiumPath) return;
  server = await startDemoServer(chromiumPath);
  ({ app, base, browser } = server);
  await seedWorker();
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

/** Opens an antd Select (by its aria-label) and picks the option with that label. */
async function pick(page: Page, select: string, option: string) {
  await page.getByRole('combobox', { name: select }).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
}

describe.skipIf(!chromiumPath)('workers and the customer board (chromium)', () => {
  it('admin filters workers by skill and tier, opens one, sees trust and an expiring certificate', async () => {
    const page = await browser.newPage();
    await login(page, 'admin');
    await page.getByRole('menuitem', { name: /家政员/ }).click();
    await page.getByRole('row', { name: new RegExp(WORKER_NAME) }).waitFor();

    await pick(page, '技能', '保洁');
    await expect.poll(() => new URL(page.url()).searchParams.get('skillId')).toBeTruthy();
    await pick(page, '等级', '初级');
    await expect.poll(() => new URL(page.url()).searchParams.get('tier')).toBe('junior');
    // the table settles on 初级 workers with 保洁 only
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect
      .poll(async () => {
        const texts = await rows.allTextContents();
        return texts.length > 0 && texts.every((text) => text.includes('初级') && text.includes('保洁'));
      })
      .toBe(true);
    const row = page.getByRole('row', { name: new RegExp(WORKER_NAME) });
    await row.waitFor();
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain('139****0024');
    expect(rowText).not.toContain('13998760024');
    await page.screenshot({ path: path.join(shots(), 'workers-list.png'), fullPage: true });

    await row.getByRole('link', { name: WORKER_NAME }).click();
    await page.getByRole('heading', { name: WORKER_NAME }).waitFor();
    const trust = page.getByTestId('trust-tag').first();
    expect(await trust.textContent()).toBe('提醒');
    expect(await page.getByTestId('trust-reasons').textContent()).toContain('健康证');
    expect(await page.getByTestId('masked-phone').textContent()).toBe('139****0024');

    await page.getByRole('tab', { name: '证书与检查' }).click();
    const certificates = page.getByTestId('certificates');
    await certificates.getByText(CERT_NAME).waitFor();
    const expiring = certificates.locator('[data-expiry="soon"]');
    expect(await expiring.textContent()).toContain(certExpiresOn);
    expect(await expiring.textContent()).toContain('10 天后到期');
    await page.screenshot({ path: path.join(shots(), 'worker-detail.png'), fullPage: true });
    await page.close();
  });

  it('a customer signs in on /h5/ and sees the board, with no phone number anywhere', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await browser.clearCookies();
    await page.goto(`${base}/h5/`);
    await page.getByPlaceholder('用户名').fill('customer');
    await page.getByPlaceholder('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();

    const cards = page.getByTestId('board-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(shots(), 'h5-board.png'), fullPage: true });
    let text = (await page.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(/(?<!\d)1\d{10}(?!\d)/);

    // filter by native place: only the worker from 成都 is left
    await page.locator('.adm-dropdown-item').filter({ hasText: '籍贯' }).click();
    await page.getByPlaceholder('如：四川、安徽').fill('成都');
    await page.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => cards.count()).toBe(1);
    expect(await cards.first().textContent()).toContain('周阿姨');
    expect(await cards.first().textContent()).toContain('初级');
    text = (await page.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(/(?<!\d)1\d{10}(?!\d)/);
    expect(await page.content()).not.toContain('13998760024');
    // the staff console was never loaded on this page
    const scripts = await page
      .locator('script[src]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('src')));
    expect(scripts.join(' ')).not.toMatch(/console-/);
    await page.screenshot({ path: path.join(shots(), 'h5-board-filtered.png'), fullPage: true });
    await page.close();
  });
});
