/** Audit filters: entity type, actor, date range (Shanghai days). */
import { DatePicker, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { UserSelect } from '../../components/UserSelect';
import { useI18n } from '../../i18n';

export const ENTITY_TYPES = ['store', 'team', 'user', 'session', 'company'] as const;

export interface AuditFilterValues {
  entityType?: string;
  actorUserId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

interface Props {
  value: AuditFilterValues;
  onChange: (value: AuditFilterValues) => void;
}

export function AuditFilters({ value, onChange }: Props) {
  const { t, tOr } = useI18n();
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Select<string>
        allowClear
        placeholder={t('audit.allTypes')}
        value={value.entityType}
        onChange={(entityType) => onChange({ ...value, entityType })}
        options={ENTITY_TYPES.map((type) => ({ value: type, label: tOr(`entity.${type}`, type) }))}
        style={{ width: 160 }}
      />
      <UserSelect
        allowClear
        placeholder={t('audit.allActors')}
        value={value.actorUserId}
        onChange={(actorUserId) => onChange({ ...value, actorUserId })}
        style={{ width: 220 }}
      />
      <DatePicker.RangePicker
        value={value.range ?? null}
        onChange={(range) => onChange({ ...value, range })}
        placeholder={[t('audit.from'), t('audit.to')]}
        allowEmpty={[true, true]}
      />
    </Space>
  );
}
