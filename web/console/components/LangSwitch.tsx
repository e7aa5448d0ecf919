/** 中文 / EN toggle; the choice is kept in localStorage (`anjia.lang`). */
import { Segmented } from 'antd';
import type { Lang } from '../../shared/i18n';
import { useI18n } from '../i18n';

const options: { label: string; value: Lang }[] = [
  { label: '中文', value: 'zh-CN' },
  { label: 'EN', value: 'en' },
];

export function LangSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Lang>
      size="small"
      aria-label={t('nav.language')}
      options={options}
      value={lang}
      onChange={setLang}
    />
  );
}
