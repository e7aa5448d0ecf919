/** /customers/new: phones, addresses, household and preferences; a duplicate phone asks first. */
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { asApiError } from '../../../shared/problem';
import { LinkButton } from '../../components/LinkButton';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useI18n } from '../../i18n';
import { AddressFields } from './AddressFields';
import { customersApi, duplicatesOf } from './api';
import { CustomerBasicFields } from './CustomerBasicFields';
import { addressBody, cleanTags, compact, householdBody, preferencesBody } from './clean';
import { DuplicateAlert } from './DuplicateAlert';
import { HouseholdFields, PreferenceFields } from './HouseholdFields';
import type { AddressInput, CustomerCreate, Duplicate, Household, Preferences, SourceChannel } from './types';

interface CustomerForm {
  name: string;
  phones: string[];
  sourceChannel: SourceChannel;
  idNumber?: string;
  tags?: string[];
  notes?: string;
  addresses?: AddressInput[];
  household?: Household;
  preferences?: Preferences;
}

function toBody(v: CustomerForm): CustomerCreate {
  return {
    name: v.name.trim(),
    phones: v.phones.map((p) => p.trim()).filter(Boolean),
    sourceChannel: v.sourceChannel,
    ...compact({ idNumber: v.idNumber, notes: v.notes }),
    tags: cleanTags(v.tags),
    household: householdBody(v.household),
    preferences: preferencesBody(v.preferences),
    addresses: (v.addresses ?? []).map(addressBody),
  };
}

export function CustomerFormPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<CustomerForm>();
  const { submitting, failure, run, clearFailure } = useFormSubmit(form);
  const [pending, setPending] = useState<{ body: CustomerCreate; duplicates: Duplicate[] } | null>(null);
  const [forcing, setForcing] = useState(false);

  const created = (id: string) => {
    message.success(t('common.created'));
    navigate(`/customers/${id}`, { replace: true });
  };

  const submit = (values: CustomerForm) =>
    void run(async () => {
      setPending(null);
      const body = toBody(values);
      try {
        created((await customersApi.create(body)).id);
      } catch (caught) {
        const duplicates = duplicatesOf(asApiError(caught));
        if (!duplicates) throw caught;
        setPending({ body, duplicates });
      }
    });

  const createAnyway = async () => {
    if (!pending) return;
    setForcing(true);
    clearFailure();
    await run(async () => created((await customersApi.create({ ...pending.body, allowDuplicate: true })).id));
    setForcing(false);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 1100 }}>
      <LinkButton to="/customers" type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('customers.title')}
      </LinkButton>
      <Form<CustomerForm>
        form={form}
        layout="vertical"
        scrollToFirstError
        initialValues={{ phones: [''], sourceChannel: 'phone', addresses: [], household: { children: [] } }}
        onFinish={submit}
        onValuesChange={(changed) => 'phones' in changed && setPending(null)}
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small" title={t('customers.basic')}>
            <CustomerBasicFields withPhones />
          </Card>
          <Form.List name="addresses">
            {(fields, { add, remove }) => (
              <Card
                size="small"
                title={t('address.title')}
                extra={
                  <Button
                    size="small"
                    icon={<PlusOutlined />}
                    onClick={() => add({ isDefault: fields.length === 0 })}
                  >
                    {t('address.add')}
                  </Button>
                }
              >
                {fields.map((field) => (
                  <Card
                    key={field.key}
                    size="small"
                    type="inner"
                    style={{ marginBottom: 12 }}
                    title={`${t('address.title')} ${field.name + 1}`}
                    extra={
                      <Button type="link" danger size="small" onClick={() => remove(field.name)}>
                        {t('address.remove')}
                      </Button>
                    }
                  >
                    <AddressFields prefix={[field.name]} />
                  </Card>
                ))}
                {fields.length === 0 && <span>{t('address.none')}</span>}
              </Card>
            )}
          </Form.List>
          <Card size="small" title={t('household.title')}>
            <HouseholdFields />
          </Card>
          <Card size="small" title={t('prefs.title')}>
            <PreferenceFields />
          </Card>
          {pending && (
            <DuplicateAlert duplicates={pending.duplicates} onProceed={createAnyway} proceeding={forcing} />
          )}
          {failure && <ProblemAlert error={failure.error} unmatched={failure.unmatched} />}
          <Space>
            <Button type="primary" htmlType="submit" loading={submitting && !forcing}>
              {t('customers.new')}
            </Button>
            <LinkButton to="/customers">{t('common.cancel')}</LinkButton>
          </Space>
        </Space>
      </Form>
    </Space>
  );
}
