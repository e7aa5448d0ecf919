/** Pure rules of customer files: phone normalisation, text redaction for audit, merging. (ID numbers: platform/id-number.ts.) */

/** Phones are stored as digits only, so 0571-88886666 and 057188886666 are the same number. */
export const normalizePhone = (phone: string): string => phone.replace(/[\s-]/g, '');

/** Distinct phones in the order given (the first stays the primary one). */
export const distinctPhones = (phones: readonly string[]): string[] => [
  ...new Set(phones.map(normalizePhone)),
];

/** Masks every run of 7+ digits in free text (notes may hold a phone or ID number) for audit rows. */
export const redactText = (text: string): string =>
  text.replace(/\d{6,}[\dXx]/g, (run) => `${run.slice(0, 3)}****${run.slice(-4)}`);

/** Applies `redactText` to every string inside a JSON value (household facts, preferences). */
export function redactJson<T>(value: T): T {
  if (typeof value === 'string') return redactText(value) as T;
  if (Array.isArray(value)) return value.map(redactJson) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactJson(v)])) as T;
  }
  return value;
}

const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** `target` with its empty keys filled from `source` (merging two files keeps what the target knows). */
export function fillEmpty<T extends Record<string, unknown>>(
  target: T,
  source: T,
): { value: T; filled: string[] } {
  const value: Record<string, unknown> = { ...target };
  const filled: string[] = [];
  for (const [k, v] of Object.entries(source)) {
    if (isEmpty(value[k]) && !isEmpty(v)) {
      value[k] = v;
      filled.push(k);
    }
  }
  return { value: value as T, filled };
}
