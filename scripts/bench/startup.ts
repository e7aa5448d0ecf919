/**
 * `npm start` time-to-ready on both drivers: a cold start (empty database: migrations, demo data)
 * and a warm restart of the same data. Measured from spawning `npm start` to the first 200 from
 * /healthz. The console build is done once before (ANJIA_BUILD_WEB=never in the runs), so the
 * figures are the server's own; the first-ever start adds one Vite build (~2-5 s).
 *   npm run bench startup
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureWebBuild } from '../../src/web-build.ts';
import { benchServer, throwawayDatabase } from './lib.ts';

const root = path.resolve(import.meta.dirname, '../..');

async function timeToReady(env: Record<string, string>): Promise<number> {
  const port = 4100 + Math.floor(Math.random() * 800);
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), ANJIA_BUILD_WEB: 'never', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (performance.now() - t0 > 120_000) throw new Error('not ready in 120 s');
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return (performance.now() - t0) / 1000;
      } catch {}
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

await ensureWebBuild('auto', console.log);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'anjia-bench-'));
const pgliteCold = await timeToReady({ ANJIA_DATA_DIR: dataDir });
const pgliteWarm = await timeToReady({ ANJIA_DATA_DIR: dataDir });
rmSync(dataDir, { recursive: true, force: true });
const db = await throwawayDatabase(benchServer(), 'anjia_bench_start');
const pgCold = await timeToReady({ DATABASE_URL: db.url });
const pgWarm = await timeToReady({ DATABASE_URL: db.url });
await db.drop();
// Baseline from the same run: node + tsx loading the app's modules without opening a database.
const t0 = performance.now();
await new Promise((resolve) =>
  spawn(process.execPath, ['--import', 'tsx', '-e', "await import('./src/app.ts')"], {
    cwd: root,
    stdio: 'ignore',
  }).once('exit', resolve),
);
const baseline = (performance.now() - t0) / 1000;

console.log('npm start → first 200 from /healthz (seconds)');
console.log(`baseline: node + tsx importing the app, no database  ${baseline.toFixed(2)}`);
console.log(
  `PGlite      cold (initdb, migrate, demo) ${pgliteCold.toFixed(2)}   restart ${pgliteWarm.toFixed(2)}   (${(pgliteWarm / baseline).toFixed(1)}× baseline)`,
);
console.log(
  `PostgreSQL  cold (migrate, demo)         ${pgCold.toFixed(2)}   restart ${pgWarm.toFixed(2)}   (${(pgWarm / baseline).toFixed(1)}× baseline)`,
);
