/** 新建门店 / 编辑门店: name, kind (fixed after creation), phone, address. */
import { Form, Input, Select } from 'antd';
import { api } from '../../api';
import { FormModal } from '../../components/FormModal';
import { nullable, optional } from '../../format';
import { useI18n } from '../../i18n';
import type { Store, StoreKind } from '../../types';

interface StoreForm {
  name: string;
  kind: StoreKind;
  phone?: string;
  address?: string;
}

interface Props {
  /** The store to edit; absent to create one. */
  store?: Store;
  onClose: () => void;
  onSaved: (store: Store, created: boolean) => void;
}

export function StoreFormModal({ store, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<StoreForm>();
  const initialValues: Partial<StoreForm> = store
    ? { name: store.name, kind: store.kind, phone: store.phone ?? '', address: store.address ?? '' }
    : { kind: 'store' };

  const onSubmit = async (values: StoreForm) => {
    if (store) {
      const saved = await api.stores.update(store.id, {
        name: values.name.trim(),
        phone: nullable(values.phone),
        address: nullable(values.address),
      });
      onSaved(saved, false);
    } else {
      const saved = await api.stores.create({
        name: values.name.trim(),
        kind: values.kind,
        phone: optional(values.phone),
        address: optional(values.address),
      });
      onSaved(saved, true);
    }
  };

  return (
    <FormModal<StoreForm>
      title={t(store ? 'stores.edit' : 'stores.new')}
      form={form}
      initialValues={initialValues}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label={t('stores.name')}
        rules={[
          { required: true, whitespace: true, message: t('common.required', { field: t('stores.name') }) },
        ]}
      >
        <Input maxLength={60} autoFocus />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('stores.kind')}
        rules={[{ required: true, message: t('common.selectRequired', { field: t('stores.kind') }) }]}
        extra={store ? t('stores.kindFixed') : undefined}
      >
        <Select
          disabled={Boolean(store)}
          options={[
            { value: 'store', label: t('stores.kind.store') },
            { value: 'call_center', label: t('stores.kind.call_center') },
          ]}
        />
      </Form.Item>
      <Form.Item name="phone" label={t('stores.phone')}>
        <Input maxLength={30} inputMode="tel" />
      </Form.Item>
      <Form.Item name="address" label={t('stores.address')}>
        <Input.TextArea maxLength={200} autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
    </FormModal>
  );
}
