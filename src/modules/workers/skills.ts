import type { Db } from '../../db/client.ts';
import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, pgConstraint, pgErrorCode } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { authorize, authorizeCompanyWide, scopeOf } from '../../platform/permissions.ts';
import { insertSkills, listSkillRows, type SkillRow } from './skill.repository.ts';
import { DEFAULT_SKILLS } from './workers.rules.ts';
import './audit-events.ts';

const view = (s: SkillRow) => ({ id: s.id, name: s.name, nameEn: s.nameEn, status: s.status });

/** The company's skill list: for whoever reads worker files or the board (its service filter). */
export async function listSkills(ctx: Ctx) {
  if (!scopeOf(ctx.actor.roles, 'board.read')) authorize(ctx.actor, 'worker.read');
  return { items: (await listSkillRows(ctx.db, ctx.actor.companyId)).map(view) };
}

export async function createSkill(ctx: Ctx, input: { name: string; nameEn?: string | null }) {
  authorizeCompanyWide(ctx.actor, 'skill.write');
  try {
    return await ctx.db.transaction(async (tx) => {
      const existing = await listSkillRows(tx, ctx.actor.companyId);
      const [row] = await insertSkills(tx, [
        {
          companyId: ctx.actor.companyId,
          id: newId('skl'),
          name: input.name,
          nameEn: input.nameEn ?? null,
          sortOrder: existing.length,
        },
      ]);
      await writeAudit(tx, auditMeta(ctx), {
        action: 'skill.create',
        entityType: 'skill',
        entityId: row!.id,
        payload: { name: input.name },
      });
      return view(row!);
    });
  } catch (err) {
    if (pgErrorCode(err) === '23505' && pgConstraint(err) === 'skills_company_name_uq') {
      throw new AppError('NAME_TAKEN', { entity: 'skill', name: input.name });
    }
    throw err;
  }
}

/** Gives a new company the default skill list; called when the company is created. */
export async function seedDefaultSkills(tx: Db, companyId: string): Promise<void> {
  await insertSkills(
    tx,
    DEFAULT_SKILLS.map((s, i) => ({
      companyId,
      id: newId('skl'),
      name: s.name,
      nameEn: s.nameEn,
      sortOrder: i,
    })),
  );
}
