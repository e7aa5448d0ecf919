import { eq } from 'drizzle-orm';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDb } from './db/client.ts';
import { migrateDb } from './db/migrate.ts';
import { companies } from './db/schema/org.ts';
import { DEMO_COMPANY, formatLogins, isEmpty, loadDemo } from './demo/load-demo.ts';
import { sweepExpiredOffers } from './modules/dispatch/sweep-offers.ts';
import { systemClock } from './platform/clock.ts';
import { configureSecret } from './platform/crypto.ts';
import { pruneIdempotencyKeys } from './platform/idempotency.ts';
import { ROLE_NAMES } from './platform/permissions.ts';
import { ensureWebBuild } from './web-build.ts';

/** start: config → db → migrate → demo data → console build → app → listen. */
async function main() {
  const config = loadConfig();
  const say = (msg: string) => console.log(`[anjia] ${msg}`);
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite ${config.dataDir}`;
  say(`数据库 Database: ${where}`);
  if (config.secret) configureSecret(config.secret);
  else if (!config.demo)
    say('警告 WARNING: ANJIA_SECRET 未设置，身份证号等将用演示密钥加密 — set ANJIA_SECRET for real data.');
  const handle = await openDb({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPool,
  });
  await migrateDb(handle);
  const clock = systemClock;
  if (config.demo && (await isEmpty(handle.db))) {
    say('空数据库：载入演示公司 Empty database: loading the demo company…');
    await loadDemo(handle.db, clock);
  }
  await ensureWebBuild(config.buildWeb, say);
  const app = await buildApp(
    { db: handle.db, clock, config, driver: handle.driver },
    { logger: { level: config.logLevel } },
  );
  await pruneIdempotencyKeys(handle.db, clock.now());
  const prune = setInterval(() => pruneIdempotencyKeys(handle.db, clock.now()).catch(() => {}), 3_600_000);
  prune.unref();
  // Offers nobody answered in time pass to the next candidate (issue "Dispatch", offers).
  const sweep = setInterval(
    () => sweepExpiredOffers(handle.db, clock).catch((err) => app.log.error({ err }, 'offer sweep failed')),
    60_000,
  );
  sweep.unref();

  await app.listen({ port: config.port, host: config.host });
  const [demo] = await handle.db
    .select({ id: companies.id })
    .from(companies)
    .where(eq(companies.name, DEMO_COMPANY));
  if (config.demo && demo) console.log(formatLogins(ROLE_NAMES.map((r) => ({ username: r, role: r }))));
  const port = (app.server.address() as { port: number }).port;
  say(`就绪 Ready in ${process.uptime().toFixed(1)} s: http://localhost:${port}  (API /api/v1, 文档 /docs)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: 正在停止 stopping…`);
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error('[anjia] 启动失败 Failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
