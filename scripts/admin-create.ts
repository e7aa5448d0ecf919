/**
 * Creates a company and its first administrator (for ANJIA_DEMO=0 installs).
 *   npm run admin:create -- --company "某某家政" --username boss --name "王总" --password '…'
 * Missing values are asked for interactively (the password without echo).
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../src/config.ts';
import { openDb } from '../src/db/client.ts';
import { migrateDb } from '../src/db/migrate.ts';
import { startCompany } from '../src/modules/onboarding/start-company.ts';
import { ZPassword, ZPhone, ZUserCreate } from '../src/modules/org/schemas.ts';
import { systemClock } from '../src/platform/clock.ts';
import { configureSecret } from '../src/platform/crypto.ts';
import { AppError } from '../src/platform/errors.ts';

const { values } = parseArgs({
  options: {
    company: { type: 'string' },
    username: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
    phone: { type: 'string' },
    hotline: { type: 'string' },
  },
});

async function ask(question: string, hidden = false): Promise<string> {
  if (!process.stdin.isTTY) throw new Error(`缺少参数 missing value: ${question}`);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  if (hidden) {
    const out = rl as unknown as { _writeToOutput: (s: string) => void };
    out._writeToOutput = (s: string) => {
      if (s.includes(question)) process.stdout.write(s);
    };
  }
  const answer = await rl.question(question);
  rl.close();
  if (hidden) process.stdout.write('\n');
  return answer.trim();
}

const ZInput = z.object({
  company: z.string().trim().min(1).max(60),
  username: ZUserCreate.shape.username,
  name: z.string().trim().min(1).max(40),
  password: ZPassword,
  phone: ZPhone.optional(),
  hotline: z.string().max(20).optional(),
});

const input = ZInput.safeParse({
  company: values.company ?? (await ask('公司名称 Company name: ')),
  username: values.username ?? (await ask('管理员用户名 Admin username: ')),
  name: values.name ?? (await ask('管理员姓名 Admin display name: ')),
  password: values.password ?? (await ask('密码（至少 8 位）Password (8+ chars): ', true)),
  phone: values.phone,
  hotline: values.hotline,
});
if (!input.success) {
  for (const i of input.error.issues) console.error(`✗ ${i.path.join('.')}: ${i.message}`);
  process.exit(2);
}

const config = loadConfig();
if (config.secret) configureSecret(config.secret);
const handle = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrateDb(handle);
  const d = input.data;
  const admin = await startCompany(handle.db, systemClock, {
    name: d.company,
    hotline: d.hotline ?? null,
    admin: { username: d.username, displayName: d.name, password: d.password, phone: d.phone ?? null },
  });
  console.log(
    `✓ 已创建公司「${d.company}」(${admin.companyId}) 与管理员 ${d.username}. Created; log in with it at /login.`,
  );
} catch (err) {
  if (err instanceof AppError && err.code === 'NAME_TAKEN') {
    console.error(`✗ 用户名 ${values.username} 已被使用 / username taken`);
    process.exitCode = 2;
  } else throw err;
} finally {
  await handle.close();
}
