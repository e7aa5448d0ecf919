import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { companies } from '../../db/schema/org.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { authorize } from '../../platform/permissions.ts';
import { type BoardFilter, listBoard } from './list-board.ts';
import { shanghaiDate } from './workers.rules.ts';

/** The board as a logged-in customer (or staff) sees it: their own company's available workers. */
export async function viewBoard(ctx: Ctx, f: BoardFilter) {
  authorize(ctx.actor, 'board.read');
  return listBoard(ctx.db, ctx.actor.companyId, f, shanghaiDate(ctx.clock.now()));
}

/** The public board of a company that opened it (companies.public_board); otherwise 404. */
export async function viewPublicBoard(db: Db, now: Date, companyId: string, f: BoardFilter) {
  const [company] = await db
    .select({ id: companies.id, name: companies.name, publicBoard: companies.publicBoard })
    .from(companies)
    .where(eq(companies.id, companyId));
  if (!company?.publicBoard) throw notFound('company');
  return {
    company: { id: company.id, name: company.name },
    ...(await listBoard(db, companyId, f, shanghaiDate(now))),
  };
}
