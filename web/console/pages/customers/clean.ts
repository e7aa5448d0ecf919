/** Turns form values into API bodies: strings trimmed, empty values dropped. */
import type { AddressInput, Household, Preferences } from './types';

function trimmed(value: unknown): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

/** A shallow copy without empty strings, nulls and undefined (for create bodies). */
export function compact<T extends object>(values: T | undefined): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(values ?? {})) {
    const value = trimmed(raw);
    if (value === undefined || value === null || value === '') continue;
    out[key] = value;
  }
  return out as Partial<T>;
}

/** Every known key present: empty ones become null, so a PATCH clears them. */
export function nulled<T extends object>(values: T | undefined, keys: readonly (keyof T)[]): T {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = trimmed(values?.[key]);
    out[key as string] = value === undefined || value === '' ? null : value;
  }
  return out as T;
}

export const HOUSEHOLD_KEYS = ['areaM2', 'rooms', 'members', 'elders', 'pets', 'specialNeeds'] as const;
export const PREFERENCE_KEYS = [
  'language',
  'nativePlace',
  'cuisine',
  'workerAgeMin',
  'workerAgeMax',
  'notes',
] as const;

export function householdBody(values: Household | undefined, forPatch = false): Household {
  const children = (values?.children ?? []).filter((c) => typeof c?.age === 'number');
  const base = forPatch ? nulled(values, HOUSEHOLD_KEYS) : compact(values);
  return { ...base, children };
}

export function preferencesBody(values: Preferences | undefined, forPatch = false): Preferences {
  return forPatch ? nulled(values, PREFERENCE_KEYS) : compact(values);
}

export function addressBody(values: AddressInput): AddressInput {
  const { isDefault, ...rest } = values;
  return { ...(compact(rest) as AddressInput), isDefault: Boolean(isDefault) };
}

export const cleanTags = (tags: string[] | undefined) => [
  ...new Set((tags ?? []).map((tag) => tag.trim()).filter(Boolean)),
];
