import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { pageOf } from '../../platform/pagination.ts';
import { authorize } from '../../platform/permissions.ts';
import { phonesOf } from './contact.repository.ts';
import { listCustomerRows } from './customer.repository.ts';
import { normalizePhone } from './customer.rules.ts';
import { toStaffListItem } from './customer.views.ts';
import type { ZCustomerQuery } from './schemas.ts';

/** Live files of the company (customers are company-wide, not per store), newest first. */
export async function listCustomers(
  ctx: Ctx,
  q: z.infer<typeof ZCustomerQuery> & { limit: number; cursor?: string },
) {
  authorize(ctx.actor, 'customer.read');
  const companyId = ctx.actor.companyId;
  const rows = await listCustomerRows(ctx.db, companyId, {
    q: q.q || undefined,
    phone: q.phone ? normalizePhone(q.phone) : undefined,
    tag: q.tag || undefined,
    blacklisted: q.blacklisted === undefined ? undefined : q.blacklisted === 'true',
    limit: q.limit,
    cursor: q.cursor,
  });
  const page = pageOf(rows, q.limit);
  const phones = await phonesOf(
    ctx.db,
    companyId,
    page.items.map((r) => r.id),
  );
  return {
    items: page.items.map((r) =>
      toStaffListItem(
        r,
        phones.filter((p) => p.customerId === r.id),
      ),
    ),
    nextCursor: page.nextCursor,
  };
}
