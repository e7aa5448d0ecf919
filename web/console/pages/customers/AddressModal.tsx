/** 添加地址 / 编辑地址. */
import { Form } from 'antd';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { AddressFields } from './AddressFields';
import { customersApi } from './api';
import { addressBody, nulled } from './clean';
import type { Address, AddressInput, Customer } from './types';

interface Props {
  customerId: string;
  address?: Address;
  onClose: () => void;
  onSaved: (customer: Customer) => void;
}

export function AddressModal({ customerId, address, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<AddressInput>();
  const onSubmit = async (values: AddressInput) => {
    if (address) {
      const body = {
        ...addressBody(values),
        ...nulled(values, ['label', 'accessNotes'] as const),
      };
      onSaved(await customersApi.updateAddress(customerId, address.id, body));
    } else {
      onSaved(await customersApi.addAddress(customerId, addressBody(values)));
    }
  };
  return (
    <FormModal<AddressInput>
      title={t(address ? 'address.edit' : 'address.add')}
      form={form}
      initialValues={
        address
          ? { ...address, label: address.label ?? undefined, accessNotes: address.accessNotes ?? undefined }
          : { isDefault: false }
      }
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <AddressFields />
    </FormModal>
  );
}
