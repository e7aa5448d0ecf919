/** The H5's i18n hook: the shared language switch with the H5's own dictionary. */
import { useMemo, useSyncExternalStore } from 'react';
import { getLang, type Lang, setLang, subscribeLang, translator, type Vars } from '../shared/i18n';
import { type MessageKey, messages } from './messages';

export type T = (key: MessageKey, vars?: Vars) => string;

export function useI18n(): { lang: Lang; setLang: (lang: Lang) => void; t: T } {
  const lang = useSyncExternalStore(subscribeLang, getLang, getLang);
  return useMemo(() => ({ lang, setLang, t: translator(messages, lang) as T }), [lang]);
}
