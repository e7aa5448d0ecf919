import type { Db } from '../../db/client.ts';
import { type AuditEvent, auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { blindIndex } from '../../platform/crypto.ts';
import { AppError, notFound, pgErrorCode } from '../../platform/errors.ts';
import { birthDateOf, normalizeIdNumber } from '../../platform/id-number.ts';
import { authorize, inScope } from '../../platform/permissions.ts';
import { toAppError, ZodRequestError } from '../../platform/validation.ts';
import { findStore } from '../org/index.ts';
import {
  findWorkersByPhonesOrIdHashes,
  insertAuditRows,
  insertWorkerRows,
  insertWorkerSkillRows,
} from './roster.repository.ts';
import {
  cellText,
  EDUCATIONS,
  EMPLOYMENT,
  GENDERS,
  type ImportField,
  LABEL_OF,
  type RosterRow,
  readRoster,
  splitSkills,
  templateWorkbook,
} from './roster.xlsx.ts';
import { type TWorkerCreate, ZWorkerCreate } from './schemas.ts';
import { listSkillRows } from './skill.repository.ts';
import { todayOf, workerAuditFields } from './worker-helpers.ts';
import { buildWorkerRow, underAgeProblem } from './worker-row.ts';
import './audit-events.ts';

declare module '../../platform/audit.ts' {
  interface AuditEvents {
    'worker.import': {
      entityType: 'worker';
      payload: { storeId: string; imported: number; failed: number };
    };
  }
}

/** One problem of one spreadsheet row: `row` is Excel's row number, `field` the API field. */
export type ImportError = { row: number; field: string; label?: string; message: string };
export type ImportResult = { imported: number; failed: number; errors: ImportError[]; dryRun: boolean };

/** A mapped row: `input` when it passed every per-row check; phone and ID hash when those are valid. */
type Mapped = { row: number; input: TWorkerCreate | null; phone?: string; idHash?: string };

/**
 * Imports a roster (.xlsx) into one store. Every row is checked like `POST /workers` (the same
 * zod schema after mapping Chinese cells, the age rule, known skills) and against the other rows
 * and the company's files (phone, ID number). Valid rows are imported, each with its skills and a
 * 'worker.create' audit row, all in one transaction (a failure imports none); invalid rows are
 * reported. `dryRun` checks everything and writes nothing.
 */
export async function importWorkers(
  ctx: Ctx,
  opts: { storeId: string; dryRun: boolean; file: unknown },
): Promise<ImportResult> {
  const scope = authorize(ctx.actor, 'worker.write');
  if (!Buffer.isBuffer(opts.file)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const companyId = ctx.actor.companyId;
  const store = await findStore(ctx.db, companyId, opts.storeId);
  if (!store || !inScope(scope, store.id)) throw notFound('store');
  const rows = await readRoster(opts.file);
  const skills = await listSkillRows(ctx.db, companyId);
  const skillIdByName = new Map(skills.filter((s) => s.status === 'active').map((s) => [s.name, s.id]));
  const today = todayOf(ctx);
  const now = ctx.clock.now();

  const errors: ImportError[] = [];
  const mapped = rows.map((r) => mapRow(r, store.id, skillIdByName, today, errors));
  markDuplicatesInFile(mapped, errors);

  try {
    return await ctx.db.transaction(async (tx) => {
      await markExisting(tx, companyId, mapped, errors);
      const bad = new Set(errors.map((e) => e.row));
      const good = mapped.filter((m) => m.input && !bad.has(m.row)).map((m) => m.input!);
      const result: ImportResult = {
        imported: good.length,
        failed: bad.size,
        errors: errors.sort((a, b) => a.row - b.row),
        dryRun: opts.dryRun,
      };
      if (opts.dryRun) return result;
      const workerRows = good.map((input) => buildWorkerRow(companyId, input, now));
      const created = await insertWorkerRows(tx, workerRows);
      await insertWorkerSkillRows(
        tx,
        workerRows.flatMap((w, i) =>
          good[i]!.skills.map((s) => ({ companyId, workerId: w.id, skillId: s.skillId, level: s.level })),
        ),
      );
      const events: AuditEvent[] = created.map((w) => ({
        action: 'worker.create',
        entityType: 'worker',
        entityId: w.id,
        payload: { after: workerAuditFields(w) },
      }));
      await insertAuditRows(tx, auditMeta(ctx), events);
      await writeAudit(tx, auditMeta(ctx), {
        action: 'worker.import',
        entityType: 'worker',
        entityId: store.id,
        payload: { storeId: store.id, imported: result.imported, failed: result.failed },
      });
      return result;
    });
  } catch (err) {
    // Another file with one of these phones or ID numbers was saved meanwhile: nothing was imported.
    if (pgErrorCode(err) === '23505') {
      const zh = '导入期间有相同手机号或身份证号的档案被新建，本次未导入任何行，请重新导入';
      throw new AppError('CONFLICT', {
        reason: { zh, en: 'A duplicate was saved meanwhile; nothing imported' },
      });
    }
    throw err;
  }
}

/** The empty template, with the company's active skills listed. */
export async function workerImportTemplate(ctx: Ctx): Promise<Buffer> {
  authorize(ctx.actor, 'worker.write');
  const skills = await listSkillRows(ctx.db, ctx.actor.companyId);
  return templateWorkbook(skills.filter((s) => s.status === 'active').map((s) => s.name));
}

const issue = (row: number, field: ImportField, message: string): ImportError => ({
  row,
  field,
  label: LABEL_OF[field],
  message,
});

/** Cells → the API's create input, checked by ZWorkerCreate; pushes the row's problems to `errors`. */
function mapRow(
  r: RosterRow,
  storeId: string,
  skillIdByName: Map<string, string>,
  today: string,
  errors: ImportError[],
): Mapped {
  const problems: ImportError[] = [];
  const text = (f: ImportField) => cellText(r.cells[f]);
  const input: Record<string, unknown> = { storeId };
  for (const f of ['name', 'nativePlace', 'homeDistrict', 'emergencyName', 'notes'] as const) {
    if (text(f)) input[f] = text(f);
  }
  for (const f of ['phone', 'emergencyPhone'] as const) {
    const v = text(f).replace(/[\s-]/g, '');
    if (v) input[f] = v;
  }
  if (typeof r.cells.idNumber === 'number') {
    const zh = '身份证号须以文本格式填写（数字格式会丢失末几位），请将该列设为文本后重填';
    problems.push(issue(r.row, 'idNumber', zh));
  } else if (text('idNumber')) input.idNumber = text('idNumber').replace(/\s/g, '');
  const choose = <T>(f: ImportField, map: Record<string, T>, expected: string) => {
    const v = text(f);
    if (!v) return; // the schema says 必填
    if (map[v] !== undefined) input[f] = map[v];
    else problems.push(issue(r.row, f, `「${v}」无法识别，应为：${expected}`));
  };
  choose('gender', GENDERS, '女、男');
  choose('education', EDUCATIONS, '未受教育、小学、初中、高中、中专、大专、本科');
  choose('employmentModel', EMPLOYMENT, '员工制、中介制');
  const names = splitSkills(text('skills'));
  const unknown = names.filter((n) => !skillIdByName.has(n));
  if (unknown.length) problems.push(issue(r.row, 'skills', `未知技能：${unknown.join('、')}`));
  input.skills = names.filter((n) => skillIdByName.has(n)).map((n) => ({ skillId: skillIdByName.get(n)! }));

  const result = ZWorkerCreate.safeParse(input, { reportInput: true });
  const reported = new Set<string>(problems.map((p) => p.field));
  if (!result.success) {
    const fieldErrors = toAppError(
      new ZodRequestError(ZWorkerCreate, result.error.issues),
      'row',
    ).fieldErrors;
    for (const e of fieldErrors ?? []) {
      const field = e.field.split('.')[0]!;
      if (reported.has(field)) continue;
      reported.add(field);
      problems.push({
        row: r.row,
        field,
        label: e.label ?? LABEL_OF[field as ImportField],
        message: e.message,
      });
    }
  }
  // Phone and ID number are checked against other rows and files even when another cell is wrong.
  const phone = !reported.has('phone') ? (input.phone as string) : undefined;
  const idNumber = !reported.has('idNumber') ? normalizeIdNumber(input.idNumber as string) : undefined;
  if (idNumber) {
    const age = underAgeProblem(birthDateOf(idNumber)!, today);
    if (age) problems.push(issue(r.row, 'idNumber', age.zh));
  }
  errors.push(...problems);
  return {
    row: r.row,
    input: result.success && !problems.length ? result.data : null,
    phone,
    idHash: idNumber ? blindIndex(idNumber) : undefined,
  };
}

/** Rows whose (valid) phone or ID number an earlier row already has: the first row keeps it. */
function markDuplicatesInFile(mapped: Mapped[], errors: ImportError[]) {
  const phones = new Map<string, number>();
  const ids = new Map<string, number>();
  for (const m of mapped) {
    const p = m.phone && phones.get(m.phone);
    if (p) errors.push(issue(m.row, 'phone', `手机号与第 ${p} 行重复`));
    else if (m.phone) phones.set(m.phone, m.row);
    const i = m.idHash && ids.get(m.idHash);
    if (i) errors.push(issue(m.row, 'idNumber', `身份证号与第 ${i} 行重复`));
    else if (m.idHash) ids.set(m.idHash, m.row);
  }
}

/** Rows whose phone or ID number is already on a file of the company. */
async function markExisting(db: Db, companyId: string, mapped: Mapped[], errors: ImportError[]) {
  const found = await findWorkersByPhonesOrIdHashes(
    db,
    companyId,
    mapped.flatMap((m) => (m.phone ? [m.phone] : [])),
    mapped.flatMap((m) => (m.idHash ? [m.idHash] : [])),
  );
  if (!found.length) return;
  const byPhone = new Map(found.map((w) => [w.phone, w.name]));
  const byId = new Map(found.map((w) => [w.idNumberHash, w.name]));
  for (const m of mapped) {
    const p = m.phone && byPhone.get(m.phone);
    if (p) errors.push(issue(m.row, 'phone', `手机号已属于家政员「${p}」`));
    const i = m.idHash && byId.get(m.idHash);
    if (i) errors.push(issue(m.row, 'idNumber', `身份证号已属于家政员「${i}」`));
  }
}
