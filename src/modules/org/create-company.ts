import type { Db } from '../../db/client.ts';
import { companies } from '../../db/schema/org.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError, pgConstraint, pgErrorCode } from '../../platform/errors.ts';
import { ID_PREFIX, newId } from '../../platform/ids.ts';
import { hashPassword } from '../../platform/passwords.ts';
import type { Actor } from '../../platform/permissions.ts';
import { insertUser, replaceRoles } from './user.repository.ts';

export type NewCompany = {
  name: string;
  hotline?: string | null;
  admin: { username: string; displayName: string; password: string; phone?: string | null };
};

/**
 * Creates a company (tenant) with its first administrator. Run from the command line
 * (`npm run admin:create`) or the demo loader, so there is no actor yet; the audit rows say so.
 */
export async function createCompany(
  db: Db,
  clock: Clock,
  input: NewCompany,
  /** Other modules' starting data (the skill list…), written in the same transaction. */
  seeds: ((tx: Db, companyId: string) => Promise<void>)[] = [],
): Promise<Actor> {
  const now = clock.now();
  const companyId = newId(ID_PREFIX.company);
  const adminId = newId(ID_PREFIX.user);
  const passwordHash = await hashPassword(input.admin.password);
  try {
    await db.transaction(async (tx) => {
      await tx.insert(companies).values({
        id: companyId,
        name: input.name,
        hotline: input.hotline ?? null,
        createdAt: now,
        updatedAt: now,
      });
      const user = await insertUser(tx, {
        companyId,
        id: adminId,
        username: input.admin.username,
        displayName: input.admin.displayName,
        phone: input.admin.phone ?? null,
        passwordHash,
        passwordChangedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      await replaceRoles(tx, companyId, user.id, [{ role: 'admin', storeId: null }], () =>
        newId(ID_PREFIX.userRole),
      );
      for (const seed of seeds) await seed(tx, companyId);
      const meta = { companyId, actorUserId: null, requestId: null, ip: null, at: now };
      await writeAudit(tx, meta, {
        action: 'company.create',
        entityType: 'company',
        entityId: companyId,
        payload: { name: input.name },
      });
      await writeAudit(tx, meta, {
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        payload: {
          after: {
            username: user.username,
            displayName: user.displayName,
            phone: user.phone,
            status: user.status,
            roles: [{ role: 'admin', storeId: null }],
          },
        },
      });
    });
  } catch (err) {
    if (pgErrorCode(err) === '23505' && pgConstraint(err) === 'users_username_uq') {
      throw new AppError('NAME_TAKEN', { entity: 'user', name: input.admin.username });
    }
    throw err;
  }
  return {
    companyId,
    userId: adminId,
    username: input.admin.username,
    displayName: input.admin.displayName,
    roles: [{ role: 'admin', storeId: null }],
  };
}
