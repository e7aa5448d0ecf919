/** Small display helpers shared by the console pages. */
import type { Lang } from '../shared/i18n';
import type { RoleAssignment, RoleDef } from './types';

export { formatTime } from '../shared/time';

export function roleLabel(
  role: string,
  defs: RoleDef[],
  lang: Lang,
  fallback: (role: string) => string,
): string {
  const def = defs.find((d) => d.role === role);
  if (def) return lang === 'en' ? def.labelEn || def.label : def.label;
  return fallback(role);
}

/** "门店店长 · 朝阳店" for a store-scoped assignment, the bare label otherwise. */
export function assignmentLabel(assignment: RoleAssignment, label: string): string {
  return assignment.storeName ? `${label} · ${assignment.storeName}` : label;
}

/** Empty strings from inputs become undefined (omitted) in create bodies. */
export function optional(value: string | undefined | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Empty strings from inputs become null (cleared) in PATCH bodies. */
export function nullable(value: string | undefined | null): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
