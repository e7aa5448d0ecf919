import type { FastifySchemaCompiler } from 'fastify';
import { z } from 'zod';
import type { $ZodIssue } from 'zod/v4/core';
import { AppError, type FieldError } from './errors.ts';

/**
 * Fastify validator for zod route schemas. Unlike the type provider's default it keeps the raw
 * zod issues (with the input) so that `toFieldErrors` can say in Chinese what is wrong.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    const error = new ZodRequestError(schema, result.error.issues);
    return { error };
  };

export class ZodRequestError extends Error {
  constructor(
    readonly schema: z.ZodType,
    readonly issues: readonly $ZodIssue[],
  ) {
    super('validation failed');
  }
}

/** The label of the field at `path`, taken from `.describe('门店名称')` on the schema. */
function labelAt(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  let s: z.ZodType | undefined = schema;
  for (const key of path) {
    s = unwrap(s);
    if (s instanceof z.ZodObject) s = (s.shape as Record<string, z.ZodType>)[String(key)];
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else return undefined;
  }
  return s ? (s.description ?? unwrap(s)?.description) : undefined;
}

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  let cur = s;
  for (let i = 0; i < 5 && cur; i++) {
    if (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable || cur instanceof z.ZodDefault) {
      cur = cur.unwrap() as z.ZodType;
    } else if (cur instanceof z.ZodPipe) {
      cur = cur.in as z.ZodType;
    } else break;
  }
  return cur;
}

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '是/否',
  object: '对象',
  array: '列表',
  date: '日期',
};

/** Chinese and English messages for one zod issue; custom refinements carry their own. */
function describeIssue(issue: $ZodIssue): { zh: string; en: string } {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return { zh: '必填', en: 'Required' };
      return {
        zh: `应为${TYPE_ZH[issue.expected] ?? issue.expected}`,
        en: `Expected ${issue.expected}`,
      };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { zh: '不能为空', en: 'Must not be empty' }
          : { zh: `至少 ${issue.minimum} 个字符`, en: `At least ${issue.minimum} characters` };
      }
      if (issue.origin === 'array')
        return { zh: `至少 ${issue.minimum} 项`, en: `At least ${issue.minimum} items` };
      return { zh: `不能小于 ${issue.minimum}`, en: `Must be at least ${issue.minimum}` };
    case 'too_big':
      if (issue.origin === 'string')
        return { zh: `最多 ${issue.maximum} 个字符`, en: `At most ${issue.maximum} characters` };
      if (issue.origin === 'array')
        return { zh: `最多 ${issue.maximum} 项`, en: `At most ${issue.maximum} items` };
      return { zh: `不能大于 ${issue.maximum}`, en: `Must be at most ${issue.maximum}` };
    case 'invalid_value':
      return {
        zh: `应为以下之一：${issue.values.map(String).join('、')}`,
        en: `Must be one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'invalid_format':
      // A schema's own Chinese message (e.g. on a phone regex) says more than the generic one.
      return {
        zh: /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : '格式不正确',
        en: `Invalid ${issue.format}`,
      };
    case 'unrecognized_keys':
      return { zh: `不允许的字段：${issue.keys.join('、')}`, en: `Unknown fields: ${issue.keys.join(', ')}` };
    default:
      return { zh: issue.message, en: issue.message };
  }
}

export function toAppError(err: ZodRequestError, part: string | undefined): AppError {
  const errors: FieldError[] = [];
  for (const issue of err.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const field = [...issue.path, key].join('.');
        errors.push({ field, message: `不允许的字段 ${key}`, messageEn: `Unknown field ${key}` });
      }
      continue;
    }
    const { zh, en } = describeIssue(issue);
    const field = issue.path.length ? issue.path.map(String).join('.') : (part ?? 'body');
    errors.push({ field, label: labelAt(err.schema, issue.path), message: zh, messageEn: en });
  }
  const fields = errors.map((e) => e.label ?? e.field).join('、');
  return new AppError('VALIDATION_FAILED', { fields }, errors);
}
