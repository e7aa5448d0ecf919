/** 重置密码: an admin sets a new password for another user. */
import { Form } from 'antd';
import { api } from '../../api';
import { FormModal } from '../../components/FormModal';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { useI18n } from '../../i18n';
import type { User } from '../../types';

interface ResetForm {
  newPassword: string;
  confirm: string;
}

export function ResetPasswordModal({
  user,
  onClose,
  onDone,
}: {
  user: User;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<ResetForm>();
  return (
    <FormModal<ResetForm>
      title={t('users.resetPasswordFor', { name: user.displayName })}
      form={form}
      onSubmit={async (values) => {
        await api.users.resetPassword(user.id, values.newPassword);
        onDone();
      }}
      onClose={onClose}
    >
      <NewPasswordFields />
    </FormModal>
  );
}
