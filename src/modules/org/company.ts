import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { companies } from '../../db/schema/org.ts';
import { auditMeta, diff, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { authorizeCompanyWide } from '../../platform/permissions.ts';

export const ZCompany = z.object({
  id: z.string(),
  name: z.string(),
  hotline: z.string().nullable(),
  publicBoard: z.boolean(),
  updatedAt: z.string(),
});
export const ZCompanyUpdate = z.strictObject({
  name: z.string().trim().min(1).max(60).optional().describe('公司名称'),
  hotline: z
    .string()
    .trim()
    .regex(/^(400-?\d{3}-?\d{4}|0\d{2,3}-?\d{7,8}|1[3-9]\d{9})$/, '请输入有效的服务热线')
    .nullish()
    .describe('服务热线'),
  publicBoard: z.boolean().optional().describe('对公众开放待聘看板'),
});

const view = (c: typeof companies.$inferSelect) => ({
  id: c.id,
  name: c.name,
  hotline: c.hotline,
  publicBoard: c.publicBoard,
  updatedAt: c.updatedAt.toISOString(),
});

async function findCompany(db: Db, id: string) {
  const [row] = await db.select().from(companies).where(eq(companies.id, id));
  if (!row) throw notFound('company');
  return row;
}

/** The company's own settings (name, service hotline, whether the worker board is public). */
export async function getCompany(ctx: Ctx) {
  authorizeCompanyWide(ctx.actor, 'company.write');
  return view(await findCompany(ctx.db, ctx.actor.companyId));
}

export async function updateCompany(ctx: Ctx, input: z.infer<typeof ZCompanyUpdate>) {
  authorizeCompanyWide(ctx.actor, 'company.write');
  return ctx.db.transaction(async (tx) => {
    const before = await findCompany(tx, ctx.actor.companyId);
    const [after] = await tx
      .update(companies)
      .set({ ...input, updatedAt: ctx.clock.now() })
      .where(eq(companies.id, before.id))
      .returning();
    const fields = (c: typeof before) => ({ name: c.name, hotline: c.hotline, publicBoard: c.publicBoard });
    await writeAudit(tx, auditMeta(ctx), {
      action: 'company.update',
      entityType: 'company',
      entityId: before.id,
      payload: diff(fields(before), fields(after!)),
    });
    return view(after!);
  });
}
