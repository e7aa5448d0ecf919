import path from 'node:path';
import { z } from 'zod';

const bool = (dflt: boolean) =>
  z
    .enum(['0', '1', 'true', 'false', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? dflt : v === '1' || v === 'true'));

const int = (dflt: number, min = 0) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === '' ? dflt : Number(v)))
    .pipe(z.number().int().min(min));

/** Every setting Anjia reads from the environment; README.md has the same table. */
const ZEnv = z.object({
  PORT: int(3000, 0),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().optional(),
  ANJIA_DATA_DIR: z.string().default('./data'),
  ANJIA_DEMO: bool(true),
  ANJIA_DB_POOL: int(10, 1),
  ANJIA_SESSION_TTL_HOURS: int(12, 1),
  ANJIA_LOGIN_MAX_FAILS: int(5, 1),
  ANJIA_LOGIN_MAX_FAILS_IP: int(50, 1),
  ANJIA_LOGIN_LOCK_MINUTES: int(15, 1),
  ANJIA_COOKIE_SECURE: bool(false),
  ANJIA_TRUST_PROXY: bool(false),
  ANJIA_BUILD_WEB: z.enum(['auto', 'always', 'never']).default('auto'),
  ANJIA_SECRET: z.string().min(16, 'ANJIA_SECRET 至少 16 个字符').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  dbPool: number;
  sessionTtlHours: number;
  loginMaxFails: number;
  loginMaxFailsPerIp: number;
  loginLockMinutes: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  buildWeb: 'auto' | 'always' | 'never';
  /** Key material for field encryption (ID numbers, bank accounts); undefined = the demo key. */
  secret: string | undefined;
  logLevel: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`配置错误 / invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL || undefined,
    dataDir: path.resolve(e.ANJIA_DATA_DIR),
    demo: e.ANJIA_DEMO,
    dbPool: e.ANJIA_DB_POOL,
    sessionTtlHours: e.ANJIA_SESSION_TTL_HOURS,
    loginMaxFails: e.ANJIA_LOGIN_MAX_FAILS,
    loginMaxFailsPerIp: e.ANJIA_LOGIN_MAX_FAILS_IP,
    loginLockMinutes: e.ANJIA_LOGIN_LOCK_MINUTES,
    cookieSecure: e.ANJIA_COOKIE_SECURE,
    trustProxy: e.ANJIA_TRUST_PROXY,
    buildWeb: e.ANJIA_BUILD_WEB,
    secret: e.ANJIA_SECRET,
    logLevel: e.LOG_LEVEL,
  };
}
