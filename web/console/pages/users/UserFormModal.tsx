/** 新建用户 / 编辑用户: account, name, mobile, (initial password), roles. */
import { Form, Input } from 'antd';
import { api } from '../../api';
import { FormModal } from '../../components/FormModal';
import { PASSWORD_MIN } from '../../components/NewPasswordFields';
import { optional } from '../../format';
import { useRoles } from '../../hooks/useRoles';
import { useI18n } from '../../i18n';
import type { RoleCode, RoleInput, User } from '../../types';
import { RolesField } from './RolesField';

interface UserForm {
  username: string;
  displayName: string;
  phone?: string;
  password: string;
  roles: { role?: RoleCode; storeId?: string }[];
}

interface Props {
  user?: User;
  onClose: () => void;
  /** `user` is undefined when the server answered without a body. */
  onSaved: (user: User | undefined, userId: string, created: boolean) => void | Promise<void>;
}

export function UserFormModal({ user, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const { scopeOf } = useRoles();
  const [form] = Form.useForm<UserForm>();
  const required = (key: Parameters<typeof t>[0]) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field: t(key) }),
  });

  const toRoles = (rows: UserForm['roles']): RoleInput[] =>
    rows.flatMap((row) =>
      row.role
        ? [{ role: row.role, storeId: scopeOf(row.role) === 'store' ? (row.storeId ?? null) : null }]
        : [],
    );

  const onSubmit = async (values: UserForm) => {
    const roles = toRoles(values.roles ?? []);
    if (user) {
      const saved = await api.users.update(user.id, {
        displayName: values.displayName.trim(),
        // the list shows a masked number: only send a phone the admin actually typed
        phone: optional(values.phone),
        roles,
      });
      await onSaved(saved, user.id, false);
    } else {
      const saved = await api.users.create({
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        phone: optional(values.phone),
        password: values.password,
        roles,
      });
      await onSaved(saved, saved.id, true);
    }
  };

  const initialValues: Partial<UserForm> = user
    ? {
        displayName: user.displayName,
        roles: user.roles.map((r) => ({ role: r.role, storeId: r.storeId ?? undefined })),
      }
    : { roles: [{}] };

  return (
    <FormModal<UserForm>
      title={t(user ? 'users.edit' : 'users.new')}
      form={form}
      initialValues={initialValues}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      {!user && (
        <Form.Item name="username" label={t('users.username')} rules={[required('users.username')]}>
          <Input maxLength={40} autoComplete="off" autoFocus />
        </Form.Item>
      )}
      <Form.Item name="displayName" label={t('users.displayName')} rules={[required('users.displayName')]}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="phone" label={t('users.phone')}>
        <Input
          maxLength={20}
          inputMode="tel"
          placeholder={user?.phone ? t('users.phoneKeep', { phone: user.phone }) : undefined}
        />
      </Form.Item>
      {!user && (
        <Form.Item
          name="password"
          label={t('users.password')}
          rules={[
            { required: true, message: t('common.required', { field: t('users.password') }) },
            { min: PASSWORD_MIN, message: t('password.tooShort', { min: PASSWORD_MIN }) },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
      <RolesField current={user?.roles} />
    </FormModal>
  );
}
