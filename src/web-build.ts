import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { WEB_DIST } from './app.ts';

const WEB_SRC = path.resolve(import.meta.dirname, '../web');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Whether the built console is missing or older than its sources. */
export function webBuildIsStale(): boolean {
  const index = path.join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  return newestMtime(WEB_SRC) > statSync(index).mtimeMs;
}

/** Builds the console with Vite when `mode` asks for it (auto: only when missing or stale). */
export async function ensureWebBuild(
  mode: 'auto' | 'always' | 'never',
  log: (msg: string) => void,
): Promise<void> {
  if (mode === 'never' || !existsSync(WEB_SRC)) return;
  if (mode === 'auto' && !webBuildIsStale()) return;
  log('构建控制台 Building the console (vite)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(WEB_SRC, 'vite.config.ts'), logLevel: 'warn' });
}
