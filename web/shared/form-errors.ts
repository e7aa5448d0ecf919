/**
 * Puts a problem's field errors onto a form. Works with any rc-field-form based form (antd in
 * the console, antd-mobile in the H5 apps): only `setFields` and `getFieldsValue` are needed.
 */
import { type ApiError, type FieldError, fieldPath } from './problem';

type NamePath = (string | number)[];

export interface FieldErrorTarget {
  setFields(fields: { name: NamePath; errors: string[] }[]): void;
  /** With no argument rc-field-form returns the values of the registered fields only. */
  getFieldsValue(): unknown;
}

function hasPath(values: unknown, path: NamePath): boolean {
  let node: unknown = values;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !(String(key) in node)) return false;
    node = (node as Record<string, unknown>)[String(key)];
  }
  return true;
}

/**
 * Shows each field error under its field; returns the errors no field could show
 * (the caller lists them with the problem's detail).
 */
export function applyFieldErrors(form: FieldErrorTarget, error: ApiError): FieldError[] {
  const registered = form.getFieldsValue();
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const unmatched: FieldError[] = [];
  for (const item of error.fieldErrors) {
    const name = fieldPath(item.field);
    if (name.length === 0 || !hasPath(registered, name)) {
      unmatched.push(item);
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(item.message);
    byField.set(key, entry);
  }
  if (byField.size > 0) form.setFields([...byField.values()]);
  return unmatched;
}
