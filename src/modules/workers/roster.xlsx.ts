import ExcelJS from 'exceljs';
import { invalidField } from '../../platform/errors.ts';
import type { toStaffListItem } from './worker.views.ts';
import { type Education, TIER_LABELS } from './workers.rules.ts';

/**
 * The roster spreadsheet (家政员名册): which Chinese column holds which field, how cell text maps
 * to the API's values, reading an uploaded workbook, and writing the template and export rows.
 * No database and no rules here: import-workers.ts validates with the API's own schema.
 */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MAX_IMPORT_ROWS = 20_000;

export type ImportField =
  | 'name'
  | 'gender'
  | 'idNumber'
  | 'phone'
  | 'nativePlace'
  | 'education'
  | 'homeDistrict'
  | 'employmentModel'
  | 'skills'
  | 'emergencyName'
  | 'emergencyPhone'
  | 'notes';

type Column = { header: string; field: ImportField; required: boolean; hint: string; width: number };

/** Template columns in template order; an upload may order them any way (matched by header text). */
export const IMPORT_COLUMNS: Column[] = [
  { header: '姓名', field: 'name', required: true, hint: '最多 20 字', width: 12 },
  { header: '性别', field: 'gender', required: true, hint: '女 / 男', width: 8 },
  { header: '身份证号', field: 'idNumber', required: true, hint: '18 位，末位可为 X', width: 22 },
  { header: '手机号', field: 'phone', required: true, hint: '11 位手机号', width: 15 },
  { header: '籍贯', field: 'nativePlace', required: true, hint: '如：河南信阳', width: 12 },
  { header: '学历', field: 'education', required: true, hint: '小学/初中/高中/中专/大专/本科', width: 14 },
  { header: '居住区域', field: 'homeDistrict', required: true, hint: '如：朝阳区', width: 12 },
  { header: '用工模式', field: 'employmentModel', required: true, hint: '员工制 / 中介制', width: 12 },
  { header: '技能', field: 'skills', required: false, hint: '多个用「、」或「,」分隔', width: 24 },
  { header: '紧急联系人', field: 'emergencyName', required: false, hint: '', width: 12 },
  { header: '紧急联系电话', field: 'emergencyPhone', required: false, hint: '11 位手机号', width: 15 },
  { header: '备注', field: 'notes', required: false, hint: '', width: 24 },
];
export const LABEL_OF = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.field, c.header])) as Record<
  ImportField,
  string
>;
const ALIASES: Record<string, string> = {
  身份证: '身份证号',
  身份证号码: '身份证号',
  手机: '手机号',
  手机号码: '手机号',
};
/** The hint row of the template starts with this in the 姓名 column; such rows are skipped. */
export const HINT_MARK = '【';

export const GENDERS: Record<string, 'female' | 'male'> = {
  女: 'female',
  女性: 'female',
  男: 'male',
  男性: 'male',
};
export const EDUCATIONS: Record<string, Education> = {
  未受教育: 'none',
  无: 'none',
  文盲: 'none',
  小学: 'primary',
  初中: 'junior',
  高中: 'senior',
  中专: 'senior',
  职高: 'senior',
  技校: 'senior',
  '高中/中专': 'senior',
  大专: 'college',
  专科: 'college',
  本科: 'bachelor',
  本科及以上: 'bachelor',
  硕士: 'bachelor',
  研究生: 'bachelor',
  博士: 'bachelor',
};
export const EMPLOYMENT: Record<string, 'employee' | 'intermediary'> = {
  员工制: 'employee',
  员工: 'employee',
  中介制: 'intermediary',
  中介: 'intermediary',
};
const EDUCATION_ZH: Record<Education, string> = {
  none: '未受教育',
  primary: '小学',
  junior: '初中',
  senior: '高中/中专',
  college: '大专',
  bachelor: '本科及以上',
};
const STATUS_ZH: Record<string, string> = {
  available: '待聘',
  booked: '已预约',
  on_placement: '上户中',
  resting: '休息',
  left: '已离职',
  blacklisted: '黑名单',
};
const TRUST_ZH = { green: '安心', yellow: '提醒', red: '暂停' } as const;

/** Splits a 技能 cell: 「做饭、保洁」, 「做饭,保洁」, 「做饭，保洁」. */
export const splitSkills = (cell: string) => [
  ...new Set(
    cell
      .split(/[、,，;；\n]+/)
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

/** The text of a cell whatever Excel stored: string, number, rich text, hyperlink, formula result. */
export function cellText(v: ExcelJS.CellValue | undefined): string {
  if (v == null) return '';
  if (typeof v === 'string') return v.replace(/[\u00a0\u3000]/g, ' ').trim();
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return cellText(v.richText.map((t) => t.text).join(''));
  if ('hyperlink' in v) return cellText(v.text as ExcelJS.CellValue);
  if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
  return '';
}

const normalizeHeader = (h: string) => {
  const s = h.replace(/[\s*＊]/g, '').replace(/[（(].*?[）)]/g, '');
  return ALIASES[s] ?? s;
};

export type RosterRow = { row: number; cells: Partial<Record<ImportField, ExcelJS.CellValue>> };

/** The data rows of an uploaded roster (first sheet; header row found by its 姓名 column). */
export async function readRoster(file: Buffer): Promise<RosterRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch {
    throw invalidField('file', '无法读取文件：请上传 .xlsx 格式的 Excel 文件', 'Not a readable .xlsx file');
  }
  const ws = wb.worksheets.find((s) => s.state === 'visible') ?? wb.worksheets[0];
  let headerRow = 0;
  const colOf = new Map<ImportField, number>();
  for (let r = 1; ws && r <= Math.min(10, ws.rowCount) && !headerRow; r++) {
    const row = ws.getRow(r);
    const byHeader = new Map<string, number>();
    row.eachCell((cell, col) => {
      const h = normalizeHeader(cellText(cell.value));
      if (h && !byHeader.has(h)) byHeader.set(h, col);
    });
    if (!byHeader.has('姓名')) continue;
    headerRow = r;
    for (const c of IMPORT_COLUMNS) {
      const col = byHeader.get(c.header);
      if (col) colOf.set(c.field, col);
    }
  }
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !colOf.has(c.field)).map((c) => c.header);
  if (!ws || !headerRow || missing.length) {
    const list = headerRow ? missing : IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.header);
    throw invalidField('file', `缺少必填列：${list.join('、')}`, `Missing columns: ${list.join(', ')}`);
  }
  const rows: RosterRow[] = [];
  ws.eachRow((row, n) => {
    if (n <= headerRow) return;
    const cells: RosterRow['cells'] = {};
    let any = false;
    for (const [field, col] of colOf) {
      const v = row.getCell(col).value;
      if (cellText(v) !== '') {
        cells[field] = v;
        any = true;
      }
    }
    if (any && !cellText(cells.name).startsWith(HINT_MARK)) rows.push({ row: n, cells });
  });
  if (!rows.length) throw invalidField('file', '文件中没有数据行', 'The file has no data rows');
  if (rows.length > MAX_IMPORT_ROWS)
    throw invalidField(
      'file',
      `一次最多导入 ${MAX_IMPORT_ROWS} 行（本文件 ${rows.length} 行），请分批导入`,
      `At most ${MAX_IMPORT_ROWS} rows per import`,
    );
  return rows;
}

/** The empty template: header row (* = required), a hint row, text-formatted ID and phone columns. */
export async function templateWorkbook(skillNames: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('家政员名册', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = IMPORT_COLUMNS.map((c) => ({
    header: c.required ? `${c.header}*` : c.header,
    key: c.field,
    width: c.width,
    style: ['idNumber', 'phone', 'emergencyPhone'].includes(c.field) ? { numFmt: '@' } : {},
  }));
  ws.getRow(1).font = { bold: true };
  const hints = IMPORT_COLUMNS.map((c) => (c.required ? `必填；${c.hint}` : c.hint || '选填'));
  hints[0] = `${HINT_MARK}填写说明，导入时跳过本行】${hints[0]}`;
  hints[IMPORT_COLUMNS.findIndex((c) => c.field === 'skills')] += `；可选：${skillNames.join('、')}`;
  const hintRow = ws.addRow(hints);
  hintRow.font = { italic: true, color: { argb: 'FF888888' } };
  const lists: Partial<Record<ImportField, string>> = {
    gender: '"女,男"',
    education: '"小学,初中,高中,中专,大专,本科"',
    employmentModel: '"员工制,中介制"',
  };
  IMPORT_COLUMNS.forEach((c, i) => {
    const list = lists[c.field];
    if (!list) return;
    for (let r = 3; r <= 502; r++)
      ws.getCell(r, i + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [list] };
  });
  const skillsSheet = wb.addWorksheet('可选技能');
  skillsSheet.columns = [{ header: '技能', key: 'name', width: 20 }];
  for (const name of skillNames) skillsSheet.addRow([name]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const EXPORT_COLUMNS = [
  ['姓名', 12],
  ['性别', 6],
  ['身份证号', 22],
  ['手机号', 14],
  ['籍贯', 12],
  ['学历', 12],
  ['居住区域', 12],
  ['门店', 14],
  ['用工模式', 10],
  ['技能', 30],
  ['等级', 8],
  ['状态', 8],
  ['安心状态', 10],
  ['最近到期', 12],
] as const;

/**
 * One export row from the staff list view (phone already masked there) and the stored masked ID
 * number: an export is a listing, so it never holds a full phone or ID number (R16).
 */
export function exportRow(
  item: ReturnType<typeof toStaffListItem>,
  idNumberMasked: string,
  storeName: string,
) {
  return [
    item.name,
    item.gender === 'female' ? '女' : '男',
    idNumberMasked,
    item.phone ?? '',
    item.nativePlace,
    EDUCATION_ZH[item.education as Education] ?? item.education,
    item.homeDistrict,
    storeName,
    item.employmentModel === 'employee' ? '员工制' : '中介制',
    item.skills.map((s) => s.name).join('、'),
    item.tier ? TIER_LABELS[item.tier] : '',
    STATUS_ZH[item.status] ?? item.status,
    TRUST_ZH[item.trust.level],
    item.nextExpiry ?? '',
  ];
}
