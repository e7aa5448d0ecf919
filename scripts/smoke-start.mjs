#!/usr/bin/env node
// Starts `npm start` on a fresh data folder (or DATABASE_URL if set), waits for /healthz and a
// demo login, then stops it. Prints the time to ready. Used by CI and by bench/startup.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'anjia-smoke-'));
const port = 3900 + Math.floor(Math.random() * 90);
const t0 = performance.now();
const child = spawn('npm', ['start'], {
  cwd: root,
  env: { ...process.env, PORT: String(port), ANJIA_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
});
let out = '';
child.stdout.on('data', (d) => {
  out += d;
});

async function waitReady(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not ready after ${timeoutMs} ms\n${out}`);
}

let code = 0;
try {
  await waitReady(120_000);
  const ready = (performance.now() - t0) / 1000;
  const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'anjia123' }),
  });
  const html = await fetch(`http://127.0.0.1:${port}/`).then((r) => r.text());
  if (login.status !== 200) throw new Error(`demo login answered ${login.status}`);
  if (!html.includes('<div id="root">')) throw new Error('the console is not served at /');
  if (!out.includes('演示账号')) throw new Error('demo logins were not printed');
  console.log(
    `smoke: ready in ${ready.toFixed(1)} s (driver ${process.env.DATABASE_URL ? 'pg' : 'pglite'}), demo login ok, console served`,
  );
} catch (err) {
  console.error(`smoke failed: ${err.message}`);
  code = 1;
} finally {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {}
  await new Promise((r) => setTimeout(r, 500));
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(code);
