/** Form fields shared by the record forms: dates, selects from a key family, short texts. */
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../messages';
import { toDay } from './dates';

interface FieldProps {
  name: string;
  label: MessageKey;
  required?: boolean;
}

export function DateField({ name, label, required = false }: FieldProps) {
  const { t } = useI18n();
  const rules = required
    ? [{ required: true, message: t('common.selectRequired', { field: t(label) }) }]
    : [];
  return (
    <Form.Item name={name} label={t(label)} rules={rules}>
      <DatePicker style={{ width: '100%' }} />
    </Form.Item>
  );
}

export function TextField({ name, label, required = false, max = 60 }: FieldProps & { max?: number }) {
  const { t } = useI18n();
  const rules = required
    ? [{ required: true, whitespace: true, message: t('common.required', { field: t(label) }) }]
    : [];
  return (
    <Form.Item name={name} label={t(label)} rules={rules}>
      {max > 100 ? (
        <Input.TextArea maxLength={max} autoSize={{ minRows: 2, maxRows: 5 }} />
      ) : (
        <Input maxLength={max} />
      )}
    </Form.Item>
  );
}

export function NumberField({
  name,
  label,
  required = false,
  ...range
}: FieldProps & { min: number; max: number; precision?: number }) {
  const { t } = useI18n();
  const rules = required ? [{ required: true, message: t('common.required', { field: t(label) }) }] : [];
  return (
    <Form.Item name={name} label={t(label)} rules={rules}>
      <InputNumber style={{ width: '100%' }} {...range} />
    </Form.Item>
  );
}

/** A select over `values`, each labelled by the key `${prefix}${value}`. */
export function EnumField({
  name,
  label,
  prefix,
  values,
}: FieldProps & { prefix: string; values: readonly string[] }) {
  const { t, tOr } = useI18n();
  return (
    <Form.Item
      name={name}
      label={t(label)}
      rules={[{ required: true, message: t('common.selectRequired', { field: t(label) }) }]}
    >
      <Select options={values.map((value) => ({ value, label: tOr(`${prefix}${value}`, value) }))} />
    </Form.Item>
  );
}

/** Form values → API body: date pickers become YYYY-MM-DD, empty strings are dropped. */
export function toBody(values: Record<string, unknown>, dates: string[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    if (dates.includes(key)) body[key] = toDay(value as Dayjs);
    else if (typeof value === 'string') {
      const trimmed = value.trim();
      if (trimmed) body[key] = trimmed;
    } else body[key] = value;
  }
  return body;
}
