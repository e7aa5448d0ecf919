/** The filter bar of the worker list; the filters live in the URL so "back" keeps them. */
import { Input, Select, Space, Switch, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { StoreSelect } from '../../components/StoreSelect';
import { useSkills } from '../../hooks/useSkills';
import { useI18n } from '../../i18n';
import type { WorkerQuery } from './api';
import { statusOptions, tierOptions, trustOptions } from './options';

const KEYS = ['q', 'status', 'tier', 'skillId', 'storeId', 'trust', 'expiring', 'sort'] as const;
type FilterKey = (typeof KEYS)[number];

/** The list query held in the URL's search params. */
export function useWorkerFilters() {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(KEYS.map((key) => [key, params.get(key) || undefined])) as Partial<
    Record<FilterKey, string>
  >;
  const set = (key: FilterKey, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return { filters: filters as Omit<WorkerQuery, 'limit' | 'cursor'>, set };
}

export function WorkerFilters({ filters, set }: ReturnType<typeof useWorkerFilters>) {
  const { t } = useI18n();
  const skills = useSkills();
  const common = { allowClear: true, style: { width: 150 } };
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        defaultValue={filters.q}
        placeholder={t('workers.search')}
        onSearch={(value) => set('q', value.trim())}
        style={{ width: 220 }}
      />
      <Select
        {...common}
        aria-label={t('workers.status')}
        placeholder={t('workers.allStatuses')}
        value={filters.status}
        onChange={(v) => set('status', v)}
        options={statusOptions(t)}
      />
      <Select
        {...common}
        aria-label={t('workers.tier')}
        placeholder={t('workers.allTiers')}
        value={filters.tier}
        onChange={(v) => set('tier', v)}
        options={tierOptions(t)}
      />
      <Select
        {...common}
        aria-label={t('workers.skills')}
        placeholder={t('workers.allSkills')}
        value={filters.skillId}
        onChange={(v) => set('skillId', v)}
        options={skills.options}
        showSearch={{ optionFilterProp: 'label' }}
      />
      <StoreSelect
        allowClear
        placeholder={t('workers.allStores')}
        value={filters.storeId}
        onChange={(v) => set('storeId', v)}
        style={{ width: 160 }}
      />
      <Select
        {...common}
        aria-label={t('workers.trust')}
        placeholder={t('workers.allTrust')}
        value={filters.trust}
        onChange={(v) => set('trust', v)}
        options={trustOptions(t)}
      />
      <Select
        style={{ width: 120 }}
        aria-label={t('workers.sort')}
        value={filters.sort ?? 'newest'}
        onChange={(v) => set('sort', v === 'newest' ? undefined : v)}
        options={(['newest', 'rating', 'name'] as const).map((value) => ({
          value,
          label: t(`workers.sort.${value}`),
        }))}
      />
      <Space size={6}>
        <Switch
          size="small"
          checked={filters.expiring === '1'}
          onChange={(on) => set('expiring', on ? '1' : undefined)}
          aria-label={t('workers.expiringOnly')}
        />
        <Typography.Text>{t('workers.expiringOnly')}</Typography.Text>
      </Space>
    </Space>
  );
}
