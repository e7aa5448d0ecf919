import { mkdirSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { replacements } from '../../src/db/schema/dispatch.ts';
import { orders } from '../../src/db/schema/orders.ts';
import { workers } from '../../src/db/schema/workers.ts';
import { confirmOrder } from '../../src/modules/orders/confirm-order.ts';
import { createOrder } from '../../src/modules/orders/create-order.ts';
import { createTeam } from '../../src/modules/org/create-team.ts';
import { ensureWebBuild } from '../../src/web-build.ts';
import { findChromium, launchBrowser } from '../support/browser.ts';
import { openTestDb } from '../support/db.ts';
import { dispatchSetup } from '../support/dispatch-setup.ts';
import { makeUser, PASSWORD, testClock } from '../support/factories.ts';

/**
 * Placements in the console (issue "Dispatch" § Placements, R11, R26, R32): three interviews and
 * no fourth, the customer's choice, trial, start with the supervisor's follow-up, a supervisor
 * completing it, an emergency replacement, and the replacement quota that only a store manager
 * may exceed.
 */
const chromiumPath = findChromium();
const DIR = '.tmp/screenshots';
mkdirSync(DIR, { recursive: true });
const clock = testClock(new Date());
const day = (ms: number) => new Date(ms).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
const TOMORROW = day(Date.now() + 86_400_000);
const START = day(Date.now() + 6 * 86_400_000);

let close: () => Promise<void> = async () => {};
let base = '';
let page: Page;
let s: Awaited<ReturnType<typeof dispatchSetup>>;
let orderId = '';
let supervisorName = '';
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let db: Awaited<ReturnType<typeof openTestDb>>['db'];
let managerName = '';
const extra: string[] = [];

beforeAll(async () => {
  if (!chromiumPath) return;
  const handle = await openTestDb();
  db = handle.db;
  await ensureWebBuild('auto', () => {});
  const app = await buildApp({ db: handle.db, clock, config: loadConfig({}), driver: handle.driver });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  s = await dispatchSetup(handle.db, app, clock);
  const supervisor = await makeUser(s.ctx, 'supervisor', s.storeA.id);
  supervisorName = supervisor.username;
  const team = await createTeam(s.ctx, {
    storeId: s.storeA.id,
    name: '一班',
    supervisorUserId: supervisor.id,
  });
  for (const name of ['刘春梅', '王秀兰', '李桂芳', '张玉珍']) {
    const w = await s.worker({ name, skills: ['保洁', '做饭', '洗衣熨烫'], prePlacement: true });
    await handle.db.update(workers).set({ teamId: team.id }).where(eq(workers.id, w.id));
  }
  for (const name of ['赵小红', '孙丽', '周敏']) {
    const w = await s.worker({ name, skills: ['保洁', '做饭', '洗衣熨烫'], prePlacement: true });
    await handle.db.update(workers).set({ teamId: team.id }).where(eq(workers.id, w.id));
    extra.push(w.id);
  }
  managerName = (await makeUser(s.ctx, 'store_manager', s.storeA.id)).username;
  const o = await createOrder(s.ctx, {
    customerId: s.customer.id,
    serviceTypeId: s.services.nanny!,
    channel: 'phone',
    addressId: s.customer.addresses[0]!.id,
    startDate: START,
    quantity: 1,
  });
  await confirmOrder(s.ctx, o.id);
  await handle.db
    .update(orders)
    .set({ status: 'contracted', storeId: s.storeA.id, routing: 'accepted' })
    .where(eq(orders.id, o.id));
  orderId = o.id;
  browser = await launchBrowser(chromiumPath);
  page = await browser.newPage();
  page.setDefaultTimeout(30_000); // the console under a loaded CI machine can be slow
  close = async () => {
    await browser.close();
    await app.close();
    await handle.close();
  };
}, 180_000);
afterAll(async () => close());

async function login(username: string) {
  await browser.clearCookies();
  await page.goto(`${base}/`);
  await page.evaluate(() => localStorage.setItem('anjia.lang', 'zh-CN'));
  await page.reload();
  await page.getByPlaceholder('用户名').fill(username);
  await page.getByPlaceholder('密码').fill(PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.getByRole('menuitem', { name: /工作台/ }).waitFor();
}

/**
 * Confirms a Popconfirm by its OK button and waits for the API call it makes, so that a slow
 * machine cannot race the next step; the call must succeed.
 */
async function confirmPop(okName: string, path: RegExp) {
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && path.test(new URL(r.url()).pathname)),
    page.locator('.ant-popconfirm').getByRole('button', { name: okName }).click(),
  ]);
  expect(res.status(), await res.text()).toBeLessThan(300);
}

const shot = (name: string) => page.screenshot({ path: `${DIR}/placements-${name}.png`, fullPage: true });

describe.skipIf(!chromiumPath)('placements in the console (chromium)', () => {
  it('runs a placement in the console', async () => {
    await login(s.dispatcher.username);
    await page.goto(`${base}/orders/${orderId}`);
    const panel = page.getByTestId('placing-section');
    await panel.waitFor();
    await panel.getByTestId('placing-candidates').getByText('刘春梅').first().waitFor();
    await panel.getByText('已安排 0/3').waitFor();
    await shot('1-candidates');

    // 安排面试 for the first three.
    for (let n = 0; n < 3; n++) {
      await panel.getByTestId('placing-candidates').getByRole('button', { name: '安排面试' }).nth(n).click();
      const modal = page.getByRole('dialog');
      await modal.getByText('视频').click();
      await modal.locator('textarea').fill('客户希望周末面谈');
      await modal.locator('.ant-picker input').first().click();
      await page.keyboard.type(`${TOMORROW} ${10 + 2 * n}:00`);
      if (n === 0) await shot('2-interview-modal');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(300);
      if (await modal.count()) {
        if (n === 0) await shot('2b-interview-modal');
        await modal.getByRole('button', { name: '安排面试' }).click();
      }
      await modal.waitFor({ state: 'detached' });
      await panel.getByText(`已安排 ${n + 1}/3`).waitFor();
    }
    // The 4th is refused by the buttons (disabled).
    const fourth = panel.getByTestId('placing-candidates').getByRole('button', { name: '安排面试' }).nth(3);
    if (await fourth.count()) expect(await fourth.isDisabled()).toBe(true);
    await shot('3-three-interviews');

    // 未选中 the third with a reason.
    await panel.getByTestId('placing-interviews').getByRole('button', { name: '未选中' }).nth(2).click();
    await page.getByRole('dialog').locator('textarea').fill('客户觉得年龄偏大');
    await page.getByRole('dialog').getByRole('button', { name: '未选中' }).click();
    await panel.getByText('已安排 2/3').waitFor();

    // 客户选定 the first.
    await panel.getByTestId('placing-interviews').getByRole('button', { name: '客户选定' }).first().click();
    await shot('4-choose-popconfirm');
    await confirmPop('客户选定', /\/interviews\/[^/]+\/choose$/);
    await panel.getByRole('button', { name: '开始试用' }).waitFor();
    await shot('5-chosen');
    await panel.getByRole('button', { name: '开始试用' }).click();
    await confirmPop('开始试用', /\/orders\/[^/]+\/trial$/);
    await panel.getByRole('button', { name: '确认上户' }).waitFor();
    await page.getByRole('button', { name: '紧急换人' }).waitFor();
    await panel.getByRole('button', { name: '申请换人' }).waitFor();
    await panel.getByText('已用 0/3 次').waitFor();
    await shot('6-trial');
    await panel.getByRole('button', { name: '确认上户' }).click();
    await confirmPop('确认上户', /\/orders\/[^/]+\/start$/);
    await panel.getByText(/督导回访截止/).waitFor();
    await shot('7-started');

    // 申请换人 modal: open and cancel.
    await panel.getByRole('button', { name: '申请换人' }).click();
    await page.getByRole('dialog').getByText('已用 0/3 次').waitFor();
    await shot('8-replace-modal');
    await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();

    // The supervisor sees the follow-up.
    await login(supervisorName);
    await page.goto(`${base}/follow-ups`);
    await page.getByRole('cell', { name: '刘春梅' }).waitFor();
    await shot('9-follow-ups');
    await page.getByRole('button', { name: '完成回访' }).click();
    await page.getByRole('dialog').locator('textarea').fill('客户满意，家政员适应良好');
    await page.getByRole('dialog').getByRole('button', { name: '完成回访' }).click();
    await page.getByText('没有督导回访任务').waitFor();
    await page.getByText('已完成', { exact: true }).first().click();
    await page.getByRole('cell', { name: '刘春梅' }).waitFor();
    await shot('10-follow-ups-done');

    // 紧急换人 as the dispatcher.
    await login(s.dispatcher.username);
    await page.goto(`${base}/orders/${orderId}`);
    await page.getByRole('button', { name: '紧急换人' }).click();
    const modal = page.getByRole('dialog');
    await modal.getByText('意外').click();
    await modal.locator('textarea').fill('家政员路上摔伤，无法到岗');
    await modal.getByRole('button', { name: '紧急换人' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '紧急换人' }).click();
    await page.getByText('订单已标记为紧急，请立即重新派单').waitFor();
    await shot('11-emergency-result');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByTestId('placing-replacements').getByText('不计次').waitFor();
    await shot('12-after-emergency');

    // Back to dispatch: the candidates again, 0/3 live; one already interviewed is refused (409).
    const panel2 = page.getByTestId('placing-section');
    await panel2.getByText('已安排 0/3').waitFor();
    await panel2
      .getByTestId('placing-candidates')
      .getByRole('button', { name: '安排面试' })
      .first()
      .waitFor();
    const rows = panel2.getByTestId('placing-candidates').locator('tbody tr.ant-table-row');
    await rows.filter({ hasText: '王秀兰' }).getByRole('button', { name: '安排面试' }).click();
    const m2 = page.getByRole('dialog');
    await m2.locator('.ant-picker input').first().click();
    await page.keyboard.type(`${TOMORROW} 16:00`);
    await page.keyboard.press('Enter');
    await m2.getByRole('alert').waitFor();
    expect(await m2.getByRole('alert').textContent()).toContain('已面试过此单');
    await shot('12b-refused');
    await m2.getByRole('button', { name: '取消' }).click();

    // English.
    await page.evaluate(() => localStorage.setItem('anjia.lang', 'en'));
    await page.reload();
    await page.getByText('Ranked candidates').waitFor();
    await shot('13-english');
  }, 180_000);

  it('asks a store manager past the quota', async () => {
    // Three counted replacements on the books, and a new worker in trial.
    for (let n = 0; n < 3; n++) {
      await db.insert(replacements).values({
        companyId: s.admin.companyId,
        id: `rpl_fake${n}`,
        orderId,
        contractId: null,
        fromWorkerId: extra[0]!,
        kind: 'customer_request',
        reason: `测试 ${n}`,
        counted: true,
        overrideBy: null,
        overrideReason: null,
        createdBy: s.dispatcher.id,
        createdAt: new Date(),
      } as never);
    }
    const i = await s.dispatcher$('POST', `/orders/${orderId}/interviews`, {
      workerId: extra[1],
      scheduledAt: new Date(Date.now() + 30 * 3_600_000).toISOString(),
      mode: 'store',
    });
    expect(i.statusCode, i.body).toBe(201);
    expect((await s.dispatcher$('POST', `/interviews/${i.json().id}/choose`, {})).statusCode).toBe(200);
    expect((await s.dispatcher$('POST', `/orders/${orderId}/trial`)).statusCode).toBe(200);

    await login(s.dispatcher.username);
    await page.goto(`${base}/orders/${orderId}`);
    const panel = page.getByTestId('placing-section');
    await panel.getByText('已用 3/3 次').waitFor();
    await panel.getByRole('button', { name: '申请换人' }).click();
    const m = page.getByRole('dialog');
    await m.getByText(/需店长审批/).waitFor();
    await m.locator('textarea').first().fill('客户不满意');
    await m.getByRole('button', { name: '申请换人' }).click();
    await m.locator('.ant-alert-error').waitFor();
    expect(await m.locator('.ant-alert-error').textContent()).toContain('需店长审批');
    await m.locator('textarea').nth(1).fill('客户投诉多次，店长同意');
    await m.getByRole('button', { name: '申请换人' }).click();
    // A dispatcher may not approve past the quota herself: the server's 403 in its words.
    await m.locator('.ant-alert-error').filter({ hasText: '无权执行此操作' }).waitFor();
    await shot('14-override-dispatcher');
    await m.getByRole('button', { name: '取消' }).click();

    await login(managerName);
    await page.goto(`${base}/orders/${orderId}`);
    await panel.getByRole('button', { name: '申请换人' }).click();
    await m.locator('textarea').first().fill('客户不满意');
    await m.getByRole('button', { name: '申请换人' }).click();
    await m.getByText('请输入超额审批理由').waitFor();
    await m.locator('textarea').nth(1).fill('客户投诉多次，店长同意');
    await m.getByRole('button', { name: '申请换人' }).click();
    await m.waitFor({ state: 'detached' });
    await panel.getByText('已用 4/3 次').waitFor();
    await panel.getByText(/店长审批：/).waitFor();
    await shot('15-override-manager');
  }, 120_000);
});
