import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { companies } from '../../db/schema/org.ts';
import { notFound } from '../../platform/errors.ts';
import { type Actor, permissionsOf } from '../../platform/permissions.ts';
import { maskPhone } from '../../platform/privacy.ts';
import { findUser, storeNames } from '../org/index.ts';
import type { TMe } from './schemas.ts';

/** Who is logged in, their company, roles (with store names) and the permissions those give. */
export async function getMe(db: Db, actor: Actor): Promise<TMe> {
  const user = await findUser(db, actor.companyId, actor.userId);
  const [company] = await db
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(eq(companies.id, actor.companyId));
  if (!user || !company) throw notFound('user');
  const names = await storeNames(
    db,
    actor.companyId,
    actor.roles.flatMap((r) => (r.storeId ? [r.storeId] : [])),
  );
  return {
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      phone: maskPhone(user.phone),
      mustChangePassword: user.mustChangePassword,
    },
    company,
    roles: actor.roles.map((r) => ({ ...r, storeName: r.storeId ? (names.get(r.storeId) ?? null) : null })),
    permissions: permissionsOf(actor.roles),
  };
}
