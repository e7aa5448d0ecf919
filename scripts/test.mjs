#!/usr/bin/env node
// `npm test`: the whole suite, each pass in its own vitest run.
//   1. unit + integration tests on PGlite (always);
//   2. the integration tests again on PostgreSQL when TEST_DATABASE_URL is set (a throwaway
//      database is created on that server and dropped after);
//   3. browser journeys when Debian's chromium is installed (or CHROMIUM_PATH is set).
// Passes that cannot run say so plainly. The last line counts every test of every pass.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const tmp = path.join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedPasses = 0;
const skippedPasses = [];

function run(label, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const report = path.join(tmp, `vitest-${label.replace(/\W+/g, '-')}.json`);
  rmSync(report, { force: true });
  const res = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      ...args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } },
  );
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
  }
  if (res.status !== 0) {
    failedPasses++;
    console.log(`!!! ${label} failed (exit ${res.status})`);
  }
}

const extra = process.argv.slice(2);
run('pglite', extra);

if (process.env.TEST_DATABASE_URL) {
  run('postgresql', ['test/integration', ...extra], { ANJIA_TEST_DRIVER: 'pg' });
} else {
  skippedPasses.push(
    'PostgreSQL pass skipped: TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)',
  );
}

const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);
if (process.env.ANJIA_SKIP_E2E === '1') {
  skippedPasses.push('Browser pass skipped: ANJIA_SKIP_E2E=1');
} else if (chromium) {
  run('browser', ['-c', 'vitest.e2e.config.ts', ...extra], { CHROMIUM_PATH: chromium });
} else {
  skippedPasses.push(
    'Browser pass skipped: no chromium found (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH)',
  );
}

console.log('');
for (const s of skippedPasses) console.log(`SKIPPED: ${s}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedPasses > 0 ? 1 : 0);
