/**
 * The tiny i18n helper shared by every Anjia web app (staff console, worker and customer H5).
 * No library: each app keeps a typed dictionary `{ key: { zh, en } }` and translates through it.
 * The current language lives here so the fetch client can send a matching Accept-Language.
 */
export type Lang = 'zh-CN' | 'en';

export interface Entry {
  zh: string;
  en: string;
}

export type Dictionary = Record<string, Entry>;
export type Vars = Record<string, string | number>;

export const LANG_STORAGE_KEY = 'anjia.lang';
export const DEFAULT_LANG: Lang = 'zh-CN';

function readStoredLang(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    if (stored === 'en' || stored === 'zh-CN') return stored;
  } catch {
    // storage may be unavailable (private mode); fall back to the default
  }
  return DEFAULT_LANG;
}

let currentLang: Lang = readStoredLang();
const listeners = new Set<(lang: Lang) => void>();

export function getLang(): Lang {
  return currentLang;
}

/** Switches the language, persists it and tells subscribers (the React provider). */
export function setLang(lang: Lang): void {
  currentLang = lang;
  try {
    globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // ignore: the choice simply will not survive a reload
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  for (const listener of listeners) listener(lang);
}

export function subscribeLang(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Value of the Accept-Language header the API expects. */
export function acceptLanguage(lang: Lang = currentLang): string {
  return lang === 'en' ? 'en' : 'zh-CN';
}

/** Replaces `{name}` placeholders; unknown placeholders are left as they are. */
export function interpolate(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

export function pick(entry: Entry, lang: Lang): string {
  return lang === 'en' ? entry.en : entry.zh;
}

export type Translate<D extends Dictionary> = (key: keyof D & string, vars?: Vars) => string;

/** Builds `t(key, vars)` for one dictionary and one language. */
export function translator<D extends Dictionary>(dictionary: D, lang: Lang): Translate<D> {
  return (key, vars) => interpolate(pick(dictionary[key] as Entry, lang), vars);
}
