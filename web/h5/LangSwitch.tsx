import { Segmented } from 'antd-mobile';
import type { Lang } from '../shared/i18n';
import { useI18n } from './i18n';

/** 中文 / EN, shared with the console through localStorage (`anjia.lang`). */
export function LangSwitch() {
  const { lang, setLang } = useI18n();
  return (
    <Segmented
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'EN', value: 'en' },
      ]}
      value={lang}
      onChange={(value) => setLang(value as Lang)}
    />
  );
}
