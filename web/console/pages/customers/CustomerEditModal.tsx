/** 编辑客户: name, source, ID number, tags, notes, household and preferences (PATCH). */
import { Divider, Form } from 'antd';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { customersApi } from './api';
import { CustomerBasicFields } from './CustomerBasicFields';
import { cleanTags, householdBody, preferencesBody } from './clean';
import { HouseholdFields, PreferenceFields } from './HouseholdFields';
import type { Customer, CustomerPatch, Household, Preferences, SourceChannel } from './types';

interface EditForm {
  name: string;
  sourceChannel: SourceChannel;
  idNumber?: string;
  tags?: string[];
  notes?: string;
  household?: Household;
  preferences?: Preferences;
}

interface Props {
  customer: Customer;
  onClose: () => void;
  onSaved: (customer: Customer) => void;
}

export function CustomerEditModal({ customer, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<EditForm>();
  const onSubmit = async (v: EditForm) => {
    const body: CustomerPatch = {
      name: v.name.trim(),
      sourceChannel: v.sourceChannel,
      tags: cleanTags(v.tags),
      notes: v.notes?.trim() || null,
      household: householdBody(v.household, true),
      preferences: preferencesBody(v.preferences, true),
    };
    // the ID number is shown masked: only a newly typed one is sent
    if (v.idNumber?.trim()) body.idNumber = v.idNumber.trim();
    onSaved(await customersApi.update(customer.id, body));
  };
  return (
    <FormModal<EditForm>
      title={t('customers.edit')}
      form={form}
      initialValues={{
        name: customer.name,
        sourceChannel: customer.sourceChannel,
        tags: customer.tags,
        notes: customer.notes ?? undefined,
        household: { ...customer.household, children: customer.household.children ?? [] },
        preferences: customer.preferences,
      }}
      onSubmit={onSubmit}
      onClose={onClose}
      width={880}
    >
      <CustomerBasicFields withPhones={false} idNumberHint={customer.idNumberMasked} />
      <Divider titlePlacement="start">{t('household.title')}</Divider>
      <HouseholdFields />
      <Divider titlePlacement="start">{t('prefs.title')}</Divider>
      <PreferenceFields />
    </FormModal>
  );
}
