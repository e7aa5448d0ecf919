import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { companies } from '../../db/schema/org.ts';
import { type DispatchSettings, settingsOf } from './settings.ts';

/** The company's dispatch settings with defaults filled in. */
export async function loadDispatchSettings(db: Db, companyId: string): Promise<DispatchSettings> {
  const [row] = await db
    .select({ s: companies.dispatchSettings })
    .from(companies)
    .where(eq(companies.id, companyId));
  return settingsOf(row?.s);
}

export async function saveDispatchSettings(db: Db, companyId: string, s: DispatchSettings): Promise<void> {
  await db.update(companies).set({ dispatchSettings: s }).where(eq(companies.id, companyId));
}
