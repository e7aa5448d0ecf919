import type { FastifyInstance } from 'fastify';
import type { BrowserContext } from 'playwright-core';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { DbHandle } from '../../src/db/client.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { type Clock, systemClock } from '../../src/platform/clock.ts';
import { ensureWebBuild } from '../../src/web-build.ts';
import { launchBrowser } from './browser.ts';
import { openTestDb } from './db.ts';

export type DemoServer = {
  handle: DbHandle;
  app: FastifyInstance;
  base: string;
  browser: BrowserContext;
  close(): Promise<void>;
};

/**
 * For browser journeys: the real server in-process on a test database holding the demo company,
 * listening on a free loopback port, with the console built, and a headless chromium. A test that
 * moves time passes its own `clock` (the demo is loaded and the server runs on it).
 */
export async function startDemoServer(chromiumPath: string, clock: Clock = systemClock): Promise<DemoServer> {
  const handle = await openTestDb();
  await loadDemo(handle.db, clock);
  await ensureWebBuild('auto', () => {});
  const app = await buildApp({
    db: handle.db,
    clock,
    config: loadConfig({}),
    driver: handle.driver,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const browser = await launchBrowser(chromiumPath);
  return {
    handle,
    app,
    base,
    browser,
    async close() {
      await browser.close();
      await app.close();
      await handle.close();
    },
  };
}
