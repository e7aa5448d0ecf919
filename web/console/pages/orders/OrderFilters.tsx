/** The filter bar of the order list; the filters live in the URL so "back" and presets keep them. */
import { DatePicker, Select, Space, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { shanghaiDayEnd, shanghaiDayStart } from '../../../shared/time';
import { useAuth, useMe } from '../../auth';
import { StoreSelect } from '../../components/StoreSelect';
import { UserSelect } from '../../components/UserSelect';
import { useI18n } from '../../i18n';
import type { OrderQuery } from './api';
import { ORDER_STATES, ROUTING_STATES } from './types';
import { useServiceTypes } from './useServiceTypes';

export const FILTER_KEYS = [
  'status',
  'storeId',
  'serviceTypeId',
  'ownerAgentId',
  'urgent',
  'routing',
  'from',
  'to',
  'overdueCallbacks',
] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
export type OrderFilterValues = Partial<Record<FilterKey, string>>;

/** The list query held in the URL's search params (`from`/`to` as Shanghai days). */
export function useOrderFilters() {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, params.get(key) || undefined]),
  ) as OrderFilterValues;
  const setMany = (values: OrderFilterValues) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(values)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const set = (key: FilterKey, value: string | undefined) => setMany({ [key]: value });
  const replaceAll = (values: OrderFilterValues) =>
    setMany(Object.fromEntries(FILTER_KEYS.map((key) => [key, values[key]])));
  return { filters, set, setMany, replaceAll };
}

/** The API query of the filters: days become the instants bounding them. */
export function toOrderQuery(f: OrderFilterValues): OrderQuery {
  return {
    ...f,
    from: f.from ? shanghaiDayStart(dayjs(f.from)) : undefined,
    to: f.to ? shanghaiDayEnd(dayjs(f.to)) : undefined,
  };
}

export function OrderFilters({ filters, set, setMany }: ReturnType<typeof useOrderFilters>) {
  const { t } = useI18n();
  const { can } = useAuth();
  const me = useMe();
  const services = useServiceTypes();
  const common = { allowClear: true, style: { width: 140 } };
  const toggle = (key: FilterKey, label: string, on = '1') => (
    <Space size={6}>
      <Switch
        size="small"
        aria-label={label}
        checked={filters[key] === on}
        onChange={(checked) => set(key, checked ? on : undefined)}
      />
      <Typography.Text>{label}</Typography.Text>
    </Space>
  );
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Select
        {...common}
        aria-label={t('orders.status')}
        placeholder={t('orders.allStatuses')}
        value={filters.status}
        onChange={(v) => set('status', v)}
        options={ORDER_STATES.map((s) => ({ value: s, label: t(`order.status.${s}`) }))}
      />
      <Select
        {...common}
        aria-label={t('orders.routing')}
        placeholder={t('orders.allRouting')}
        value={filters.routing}
        onChange={(v) => set('routing', v)}
        options={ROUTING_STATES.map((s) => ({ value: s, label: t(`order.routing.${s}`) }))}
      />
      <Select
        {...common}
        aria-label={t('orders.service')}
        placeholder={t('orders.allServices')}
        value={filters.serviceTypeId}
        onChange={(v) => set('serviceTypeId', v)}
        options={services.options}
      />
      <StoreSelect
        allowClear
        placeholder={t('orders.allStores')}
        value={filters.storeId}
        onChange={(v) => set('storeId', v)}
        style={{ width: 140 }}
      />
      {can('user.read') ? (
        <UserSelect
          allowClear
          withRole="agent"
          placeholder={t('orders.allOwners')}
          value={filters.ownerAgentId}
          onChange={(v) => set('ownerAgentId', v)}
          style={{ width: 180 }}
        />
      ) : (
        toggle('ownerAgentId', t('orders.onlyMine'), me.user.id)
      )}
      <DatePicker.RangePicker
        aria-label={t('orders.dateRange')}
        value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
        onChange={(range) =>
          setMany({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
        }
      />
      {toggle('urgent', t('orders.urgentOnly'))}
      {toggle('overdueCallbacks', t('orders.overdueOnly'))}
    </Space>
  );
}
