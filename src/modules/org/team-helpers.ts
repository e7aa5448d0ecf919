import type { Db } from '../../db/client.ts';
import { AppError, invalidField } from '../../platform/errors.ts';
import { storeNames } from './store.repository.ts';
import type { TeamRow } from './team.repository.ts';
import { displayNames, rolesOf } from './user.repository.ts';
import { toTeamView } from './views.ts';

/** A team's supervisor must be a user of the company holding the supervisor or store-manager role. */
export async function checkSupervisor(
  db: Db,
  companyId: string,
  userId: string | null | undefined,
): Promise<void> {
  if (!userId) return;
  const roles = (await rolesOf(db, companyId, [userId])).get(userId) ?? [];
  if (!roles.some((r) => r.role === 'supervisor' || r.role === 'store_manager')) {
    throw invalidField('supervisorUserId', '所选用户不是督导或店长', 'The chosen user is not a supervisor');
  }
}

export async function teamViews(db: Db, companyId: string, rows: TeamRow[]) {
  const stores = await storeNames(
    db,
    companyId,
    rows.map((t) => t.storeId),
  );
  const names = await displayNames(
    db,
    companyId,
    rows.flatMap((t) => (t.supervisorUserId ? [t.supervisorUserId] : [])),
  );
  return rows.map((t) =>
    toTeamView(
      t,
      stores.get(t.storeId) ?? null,
      t.supervisorUserId ? (names.get(t.supervisorUserId) ?? null) : null,
    ),
  );
}

export const teamAuditFields = (t: TeamRow) => ({
  name: t.name,
  storeId: t.storeId,
  supervisorUserId: t.supervisorUserId,
  status: t.status,
});

export const storeDisabled = () =>
  new AppError('INVALID_STATE', {
    reason: { zh: '门店已停用，不能新建班组。', en: 'The store is disabled.' },
  });
