/** Record forms for trainings, leave/rest days, performance entries and incidents. */
import { DatePicker, Form, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { BUSINESS_TZ } from '../../../shared/time';
import { useI18n } from '../../i18n';
import { DateField, EnumField, NumberField, TextField, toBody } from './record-fields';
import type { RecordForm } from './record-forms';

const training: RecordForm = {
  Fields: () => (
    <>
      <EnumField
        name="kind"
        label="record.kind"
        prefix="training.kind."
        values={['general', 'skill', 'pre_placement', 'safety']}
      />
      <TextField name="course" label="training.course" required />
      <NumberField name="hours" label="training.hours" required min={0.5} max={1000} />
      <DateField name="trainedOn" label="training.trainedOn" required />
      <EnumField name="result" label="record.result" prefix="training." values={['pass', 'fail']} />
    </>
  ),
  toBody: (v) => toBody(v, ['trainedOn']),
  initial: () => ({ kind: 'general', result: 'pass' }),
};

const leave: RecordForm = {
  Fields: () => (
    <>
      <EnumField name="kind" label="record.kind" prefix="leave.kind." values={['leave', 'rest']} />
      <DateField name="startsOn" label="record.startsOn" required />
      <DateField name="endsOn" label="record.endsOn" required />
      <TextField name="reason" label="leave.reason" max={200} />
    </>
  ),
  toBody: (v) => toBody(v, ['startsOn', 'endsOn']),
  initial: () => ({ kind: 'rest' }),
};

const performance: RecordForm = {
  Fields: () => (
    <>
      <EnumField
        name="kind"
        label="record.kind"
        prefix="perf.kind."
        values={['evaluation', 'award', 'reward', 'penalty']}
      />
      <TextField name="title" label="perf.titleField" required />
      <NumberField name="year" label="perf.year" min={2000} max={2100} precision={0} />
      <NumberField name="score" label="perf.score" min={0} max={100} precision={0} />
      <NumberField name="amountYuan" label="perf.amount" min={0} max={1_000_000} precision={2} />
      <DateField name="occurredOn" label="perf.occurredOn" required />
    </>
  ),
  toBody: ({ amountYuan, ...v }) => ({
    ...toBody(v, ['occurredOn']),
    ...(typeof amountYuan === 'number' ? { amountFen: Math.round(amountYuan * 100) } : {}),
  }),
  initial: () => ({ kind: 'evaluation', year: new Date().getFullYear() }),
};

function IncidentFields() {
  const { t } = useI18n();
  return (
    <>
      <EnumField
        name="kind"
        label="record.kind"
        prefix="incident.kind."
        values={['complaint', 'no_show', 'accident', 'misconduct', 'other']}
      />
      <Form.Item name="blocking" label={t('incident.blocking')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <TextField name="description" label="incident.description" required max={1000} />
      <Form.Item
        name="occurredAt"
        label={t('incident.occurredAt')}
        rules={[{ required: true, message: t('common.selectRequired', { field: t('incident.occurredAt') }) }]}
      >
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
    </>
  );
}

const incident: RecordForm = {
  Fields: IncidentFields,
  toBody: ({ occurredAt, ...v }) => ({
    ...toBody(v, []),
    // the picked wall-clock time is a Shanghai time, whatever the browser's zone
    occurredAt: dayjs.tz((occurredAt as Dayjs).format('YYYY-MM-DDTHH:mm'), BUSINESS_TZ).toISOString(),
  }),
  initial: () => ({ kind: 'complaint', blocking: false }),
};

export const MORE_RECORD_FORMS = { training, leave, performance, incident };
