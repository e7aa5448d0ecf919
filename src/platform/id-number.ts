import { z } from 'zod';

/** Mainland resident ID numbers (居民身份证号码, GB 11643-1999): 17 digits and a check character. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** The birth date embedded in an ID number (YYYY-MM-DD), or null when it is not a real date from 1900 on. */
export function birthDateOf(id: string): string | null {
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null;
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/** Why an ID number is invalid (Chinese), or null when it is valid. */
export function idNumberProblem(raw: string, today: Date = new Date()): string | null {
  const id = normalizeIdNumber(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return '身份证号须为 18 位（最后一位可为 X）';
  const birth = birthDateOf(id);
  if (!birth || birth > today.toISOString().slice(0, 10)) return '身份证号中的出生日期无效';
  if (checkCharacter(id.slice(0, 17)) !== id[17]) return '身份证号校验位不正确';
  return null;
}

export const normalizeIdNumber = (raw: string) => raw.trim().toUpperCase();

/** The request field for an ID number: normalised, and rejected in Chinese when invalid. */
export const ZIdNumber = z
  .string()
  .max(30)
  .transform(normalizeIdNumber)
  .superRefine((v, ctx) => {
    const problem = idNumberProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
