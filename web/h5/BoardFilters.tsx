/** The board's filters in a Dropdown: service skill, tier, age range, native place. */
import { Button, Dropdown, type DropdownRef, Input, Selector } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import { api, type BoardQuery, type Skill, type Tier } from './api';
import { type T, useI18n } from './i18n';

const TIERS: Tier[] = ['junior', 'middle', 'senior_a', 'senior_b'];
const AGES = {
  under30: { ageMin: undefined, ageMax: 29 },
  '30s': { ageMin: 30, ageMax: 39 },
  '40s': { ageMin: 40, ageMax: 49 },
  '50plus': { ageMin: 50, ageMax: undefined },
} as const;
type AgeKey = keyof typeof AGES;

const ageKeyOf = (q: BoardQuery) =>
  (Object.keys(AGES) as AgeKey[]).find((k) => AGES[k].ageMin === q.ageMin && AGES[k].ageMax === q.ageMax);

const title = (t: T, label: Parameters<T>[0], value: string | undefined) => value ?? t(label);

export function BoardFilters({ value, onChange }: { value: BoardQuery; onChange: (q: BoardQuery) => void }) {
  const { t, lang } = useI18n();
  const ref = useRef<DropdownRef>(null);
  const [skills, setSkills] = useState<Skill[]>([]);
  const [place, setPlace] = useState(value.nativePlace ?? '');

  useEffect(() => {
    api
      .skills()
      .then((body) => setSkills(body.items.filter((s) => s.status === 'active')))
      .catch(() => setSkills([]));
  }, []);

  const apply = (patch: BoardQuery) => {
    onChange({ ...value, ...patch });
    ref.current?.close();
  };
  const skillName = (s: Skill) => (lang === 'en' ? s.nameEn || s.name : s.name);
  const skill = skills.find((s) => s.id === value.skillId);
  const age = ageKeyOf(value);

  return (
    <Dropdown ref={ref}>
      <Dropdown.Item key="skill" title={title(t, 'filter.skill', skill && skillName(skill))}>
        <div className="h5-filter-panel">
          <Selector
            columns={3}
            value={value.skillId ? [value.skillId] : []}
            options={skills.map((s) => ({ label: skillName(s), value: s.id }))}
            onChange={(v) => apply({ skillId: v[0] })}
          />
        </div>
      </Dropdown.Item>
      <Dropdown.Item key="tier" title={title(t, 'filter.tier', value.tier && t(`tier.${value.tier}`))}>
        <div className="h5-filter-panel">
          <Selector
            columns={4}
            value={value.tier ? [value.tier] : []}
            options={TIERS.map((tier) => ({ label: t(`tier.${tier}`), value: tier }))}
            onChange={(v) => apply({ tier: v[0] })}
          />
        </div>
      </Dropdown.Item>
      <Dropdown.Item key="age" title={title(t, 'filter.age', age && t(`age.${age}`))}>
        <div className="h5-filter-panel">
          <Selector
            columns={2}
            value={age ? [age] : []}
            options={(Object.keys(AGES) as AgeKey[]).map((k) => ({ label: t(`age.${k}`), value: k }))}
            onChange={(v) => apply(v[0] ? { ...AGES[v[0]] } : { ageMin: undefined, ageMax: undefined })}
          />
        </div>
      </Dropdown.Item>
      <Dropdown.Item key="place" title={title(t, 'filter.nativePlace', value.nativePlace)}>
        <div className="h5-filter-panel">
          <Input
            value={place}
            onChange={setPlace}
            placeholder={t('filter.nativePlaceHint')}
            clearable
            maxLength={20}
            onEnterPress={() => apply({ nativePlace: place.trim() || undefined })}
          />
          <div className="h5-filter-actions">
            <Button
              block
              onClick={() => {
                setPlace('');
                apply({ nativePlace: undefined });
              }}
            >
              {t('common.reset')}
            </Button>
            <Button block color="primary" onClick={() => apply({ nativePlace: place.trim() || undefined })}>
              {t('common.confirm')}
            </Button>
          </div>
        </div>
      </Dropdown.Item>
    </Dropdown>
  );
}
