/** The console's i18n hook: current language (zh-CN default), the switch, and `t`. */
import { useMemo, useSyncExternalStore } from 'react';
import { getLang, type Lang, setLang, subscribeLang, translator, type Vars } from '../shared/i18n';
import { isMessageKey, type MessageKey, messages } from './messages';

export type T = (key: MessageKey, vars?: Vars) => string;

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: T;
  /** For keys built at run time: translates when known, else returns the fallback. */
  tOr: (key: string, fallback: string) => string;
}

export function useLang(): Lang {
  return useSyncExternalStore(subscribeLang, getLang, getLang);
}

export function useI18n(): I18n {
  const lang = useLang();
  return useMemo(() => {
    const t: T = translator(messages, lang);
    const tOr = (key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback);
    return { lang, setLang, t, tOr };
  }, [lang]);
}
