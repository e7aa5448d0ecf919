import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { DbHandle } from '../../src/db/client.ts';
import type { Clock } from '../../src/platform/clock.ts';
import { PASSWORD } from './factories.ts';

/** The real app over a test database, driven with `app.inject` (no sockets). */
export async function makeApp(
  handle: DbHandle,
  clock: Clock,
  env: Record<string, string> = {},
): Promise<FastifyInstance> {
  const config = loadConfig({ ANJIA_LOGIN_MAX_FAILS_IP: '1000', ...env });
  return buildApp({ db: handle.db, clock, config, driver: handle.driver }, { serveWeb: false });
}

/** Logs in and returns the session cookie header value. */
export async function loginAs(app: FastifyInstance, username: string, password = PASSWORD): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'anjia_sid');
  if (!cookie) throw new Error('no session cookie');
  return `anjia_sid=${cookie.value}`;
}
