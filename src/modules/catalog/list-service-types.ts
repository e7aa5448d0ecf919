import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { authorize } from '../../platform/permissions.ts';
import { listServiceTypeRows } from './catalog.repository.ts';
import { customerOnly } from './catalog-helpers.ts';
import type { ZServiceTypeQuery } from './schemas.ts';
import { toServiceTypeView } from './views.ts';

/** The company's services (a short list, not paged). Customers see only active ones. */
export async function listServiceTypes(ctx: Ctx, q: z.infer<typeof ZServiceTypeQuery>) {
  authorize(ctx.actor, 'catalog.read');
  const status = customerOnly(ctx) ? 'active' : q.status;
  const rows = await listServiceTypeRows(ctx.db, ctx.actor.companyId, { ...q, status });
  return { items: rows.map(toServiceTypeView) };
}
