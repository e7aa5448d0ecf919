import type { Db } from '../../db/client.ts';
import { PLACEMENT_UNITS, VISIT_UNITS } from '../../db/schema/catalog.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, invalidField, notFound, pgConstraint, pgErrorCode } from '../../platform/errors.ts';
import { listSkills } from '../workers/index.ts';
import { findServiceType, type ServiceTypeRow } from './catalog.repository.ts';
import type { PriceContents } from './price-contents.ts';
import { shanghaiParts } from './pricing.money.ts';
import './audit-events.ts';

/** Today's business day in Asia/Shanghai. */
export const todayOf = (ctx: Ctx) => shanghaiParts(ctx.clock.now().toISOString())!.date;

/** A customer (and nobody of the office) sees only active services and published prices. */
export const customerOnly = (ctx: Ctx) => ctx.actor.roles.every((r) => r.role === 'customer');

export async function loadServiceType(
  db: Db,
  companyId: string,
  id: string,
  activeOnly = false,
): Promise<ServiceTypeRow> {
  const s = await findServiceType(db, companyId, id);
  if (!s || (activeOnly && s.status !== 'active')) throw notFound('service_type');
  return s;
}

/**
 * Required skills must be the company's active skills (an array cannot carry a foreign key).
 * Read through the workers module before the transaction opens.
 */
export async function checkRequiredSkills(ctx: Ctx, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const known = new Set((await listSkills(ctx)).items.filter((s) => s.status === 'active').map((s) => s.id));
  const bad = [...new Set(ids)].filter((id) => !known.has(id));
  if (bad.length)
    throw invalidField(
      'requiredSkillIds',
      `未知技能：${bad.join('、')}`,
      `Unknown skills: ${bad.join(', ')}`,
    );
}

/** A visit is priced per hour, m² or item; a placement per month or 26-day cycle. */
export function checkModeUnit(mode: ServiceTypeRow['mode'], unit: ServiceTypeRow['unit']): void {
  const ok = mode === 'visit' ? VISIT_UNITS.includes(unit as never) : PLACEMENT_UNITS.includes(unit as never);
  if (!ok) {
    const zh =
      mode === 'visit' ? '上门服务的计价单位应为小时、平方米或件' : '上户服务的计价单位应为月或 26 天周期';
    throw invalidField('unit', zh, `Unit ${unit} does not fit mode ${mode}`);
  }
}

/** The contents must hold the prices of the service type's mode, and only those. */
export function checkContentsMode(mode: ServiceTypeRow['mode'], contents: PriceContents): void {
  if (mode === 'visit' && (!contents.visit || contents.placement))
    throw invalidField('contents.visit', '上门服务需填写上门价格（且不含上户价格）', 'Visit prices required');
  if (mode === 'placement' && (!contents.placement || contents.visit))
    throw invalidField(
      'contents.placement',
      '上户服务需填写上户价格（且不含上门价格）',
      'Placement prices required',
    );
}

/** A second service type with the same code → 409 on `code`. */
export function rethrowCodeTaken(err: unknown, code: string): never {
  if (pgErrorCode(err) === '23505' && pgConstraint(err) === 'service_types_company_code_uq')
    throw new AppError('NAME_TAKEN', { entity: 'service_type', name: code }, [
      { field: 'code', message: `服务编码「${code}」已存在`, messageEn: `Code ${code} is taken` },
    ]);
  throw err;
}

export const publishedState = (zh: string, en: string) =>
  new AppError('INVALID_STATE', { reason: { zh, en } });
