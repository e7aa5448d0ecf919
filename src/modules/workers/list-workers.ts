import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { authorize } from '../../platform/permissions.ts';
import type { ZWorkerQuery } from './schemas.ts';
import { skillsOfWorkers } from './skill.repository.ts';
import { cursorOf, listWorkerRows } from './worker.repository.ts';
import { toStaffListItem } from './worker.views.ts';
import { todayOf } from './worker-helpers.ts';

/** The worker list: filters (status, tier, skill, store, trust, expiring), sorts, cursor pages. */
export async function listWorkers(
  ctx: Ctx,
  q: z.infer<typeof ZWorkerQuery> & { limit: number; cursor?: string },
) {
  const scope = authorize(ctx.actor, 'worker.read');
  const today = todayOf(ctx);
  const rows = await listWorkerRows(
    ctx.db,
    ctx.actor.companyId,
    scope,
    { ...q, expiring: !!q.expiring },
    today,
  );
  const items = rows.slice(0, q.limit);
  const skills = await skillsOfWorkers(
    ctx.db,
    ctx.actor.companyId,
    items.map((w) => w.id),
  );
  return {
    items: items.map((w) => toStaffListItem(w, skills.get(w.id) ?? [], today)),
    nextCursor: rows.length > q.limit ? cursorOf(q.sort, items[items.length - 1]!) : null,
  };
}
