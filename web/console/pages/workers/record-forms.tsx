/** The form of each record kind: its fields and how its values become the API's body. */
import type { ComponentType } from 'react';
import type { RecordKind } from './api';
import { DateField, EnumField, TextField, toBody } from './record-fields';
import { MORE_RECORD_FORMS } from './record-forms-more';

export interface RecordForm {
  Fields: ComponentType;
  toBody: (values: Record<string, unknown>) => Record<string, unknown>;
  initial?: () => Record<string, unknown>;
}

const certificate: RecordForm = {
  Fields: () => (
    <>
      <EnumField
        name="kind"
        label="record.kind"
        prefix="cert.kind."
        values={['skill', 'maternity', 'health', 'childcare', 'elder_care', 'other']}
      />
      <TextField name="name" label="cert.name" required />
      <TextField name="number" label="cert.number" required />
      <TextField name="issuer" label="cert.issuer" required />
      <DateField name="issuedOn" label="cert.issuedOn" required />
      <DateField name="expiresOn" label="record.expiresOn" />
    </>
  ),
  toBody: (v) => toBody(v, ['issuedOn', 'expiresOn']),
  initial: () => ({ kind: 'skill' }),
};

const healthCheck: RecordForm = {
  Fields: () => (
    <>
      <DateField name="checkedOn" label="health.checkedOn" required />
      <DateField name="expiresOn" label="record.expiresOn" required />
      <EnumField name="result" label="record.result" prefix="health." values={['pass', 'fail']} />
      <TextField name="institution" label="health.institution" />
    </>
  ),
  toBody: (v) => toBody(v, ['checkedOn', 'expiresOn']),
  initial: () => ({ result: 'pass' }),
};

const backgroundCheck: RecordForm = {
  Fields: () => (
    <>
      <DateField name="checkedOn" label="bg.checkedOn" required />
      <DateField name="expiresOn" label="record.expiresOn" required />
      <EnumField name="result" label="record.result" prefix="bg." values={['clear', 'record']} />
    </>
  ),
  toBody: (v) => toBody(v, ['checkedOn', 'expiresOn']),
  initial: () => ({ result: 'clear' }),
};

const insurance: RecordForm = {
  Fields: () => (
    <>
      <EnumField
        name="kind"
        label="record.kind"
        prefix="insurance.kind."
        values={['accident', 'liability']}
      />
      <TextField name="insurer" label="insurance.insurer" required />
      <TextField name="policyNumber" label="insurance.policyNumber" required />
      <DateField name="startsOn" label="record.startsOn" required />
      <DateField name="endsOn" label="record.endsOn" required />
    </>
  ),
  toBody: (v) => toBody(v, ['startsOn', 'endsOn']),
  initial: () => ({ kind: 'accident' }),
};

export const RECORD_FORMS: Record<RecordKind, RecordForm> = {
  certificate,
  health_check: healthCheck,
  background_check: backgroundCheck,
  insurance,
  ...MORE_RECORD_FORMS,
};
