import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/load-demo.ts';
import { findChromium } from '../support/browser.ts';
import { type DemoServer, startDemoServer } from '../support/e2e-server.ts';

const chromiumPath = findChromium();
let server: DemoServer | undefined;
let browser: BrowserContext;
let base: string;

beforeAll(async () => {
  if (!chromiumPath) return;
  server = await startDemoServer(chromiumPath);
  ({ base, browser } = server);
});
afterAll(async () => {
  await server?.close();
});

async function login(page: Page, username: string) {
  await browser.clearCookies(); // one persistent profile: start each journey logged out
  await page.goto(`${base}/`);
  await page.getByPlaceholder('用户名').fill(username);
  await page.getByPlaceholder('密码').fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.getByRole('menuitem', { name: /工作台/ }).waitFor();
}

describe.skipIf(!chromiumPath)('console (chromium)', () => {
  it('admin logs in, creates a store, sees it in the list and its audit entry', async () => {
    const page = await browser.newPage();
    await login(page, 'admin');
    await page.getByRole('menuitem', { name: /门店与班组/ }).click();
    await page.getByRole('button', { name: '新建门店' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('门店名称').fill('东城门店');
    await dialog.getByLabel('电话').fill('010-64001234');
    await dialog.getByLabel('地址').fill('北京市东城区东直门内大街 5 号');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(false);
    const row = page.getByRole('row', { name: /东城门店/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('010-64001234');

    const dir = path.resolve('.tmp/screenshots');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, 'stores.png') });

    await page.getByRole('menuitem', { name: /审计日志/ }).click();
    const entry = page.getByRole('row', { name: /store\.create|新建门店/ }).first();
    await entry.waitFor();
    expect(await entry.textContent()).toContain('王管理');
    await page.screenshot({ path: path.join(dir, 'audit.png') });
    await page.close();
  });

  it('a store manager sees only her store and no user or audit administration', async () => {
    const page = await browser.newPage();
    await login(page, 'store_manager');
    await expect.poll(() => page.getByRole('menuitem', { name: /审计日志/ }).count()).toBe(0);
    await page.getByRole('menuitem', { name: /门店与班组/ }).click();
    await page.getByRole('row', { name: /朝阳门店/ }).waitFor();
    expect(await page.getByRole('row', { name: /海淀门店/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '新建门店' }).count()).toBe(0);
    await page.close();
  });
});
