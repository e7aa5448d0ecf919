/** 家庭情况 and 偏好 of a file, read-only (edited with the file). */
import { Card, Descriptions } from 'antd';
import { useI18n } from '../../i18n';
import type { Customer } from './types';

const show = (v: unknown) => (v === undefined || v === null || v === '' ? '—' : String(v));

export function HouseholdCard({ customer }: { customer: Customer }) {
  const { t } = useI18n();
  const h = customer.household;
  const p = customer.preferences;
  const ages = (h.children ?? []).map((c) => t('household.childAge', { age: c.age })).join('、');
  const ageRange =
    p.workerAgeMin || p.workerAgeMax ? `${p.workerAgeMin ?? '—'}–${p.workerAgeMax ?? '—'}` : '—';
  return (
    <Card size="small" title={`${t('household.title')} · ${t('prefs.title')}`}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        items={[
          { key: 'area', label: t('household.areaM2'), children: show(h.areaM2) },
          { key: 'rooms', label: t('household.rooms'), children: show(h.rooms) },
          { key: 'members', label: t('household.members'), children: show(h.members) },
          { key: 'elders', label: t('household.elders'), children: show(h.elders) },
          { key: 'children', label: t('household.children'), children: ages || '—' },
          { key: 'pets', label: t('household.pets'), children: show(h.pets) },
          { key: 'needs', label: t('household.specialNeeds'), children: show(h.specialNeeds), span: 2 },
          { key: 'lang', label: t('prefs.language'), children: show(p.language) },
          { key: 'native', label: t('prefs.nativePlace'), children: show(p.nativePlace) },
          { key: 'cuisine', label: t('prefs.cuisine'), children: show(p.cuisine) },
          { key: 'age', label: t('prefs.workerAge'), children: ageRange },
          { key: 'notes', label: t('prefs.notes'), children: show(p.notes), span: 'filled' },
        ]}
      />
    </Card>
  );
}
