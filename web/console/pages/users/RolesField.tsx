/**
 * The roles of a user as a dynamic list of {role, store}: the store is asked for (and required)
 * only when the chosen role is store-scoped.
 */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Select, Space } from 'antd';
import { StoreSelect } from '../../components/StoreSelect';
import { useRoles } from '../../hooks/useRoles';
import { useI18n } from '../../i18n';
import type { RoleAssignment } from '../../types';

interface Props {
  /** The user's current assignments, so their store names show before the store list loads. */
  current?: RoleAssignment[];
}

export function RolesField({ current = [] }: Props) {
  const { t } = useI18n();
  const roles = useRoles();
  const roleOptions = roles.defs.map((d) => ({ value: d.role, label: roles.label(d.role) }));
  const storeOptions = current.flatMap((r) =>
    r.storeId && r.storeName ? [{ value: r.storeId, label: r.storeName }] : [],
  );

  return (
    <Form.List
      name="roles"
      rules={[
        {
          validator: async (_, value: unknown[] | undefined) => {
            if (!value || value.length === 0) throw new Error(t('users.rolesRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={t('users.roles')} required>
          {fields.map((field) => (
            <Space key={field.key} align="start" style={{ display: 'flex' }}>
              <Form.Item
                name={[field.name, 'role']}
                rules={[{ required: true, message: t('common.selectRequired', { field: t('users.role') }) }]}
              >
                <Select placeholder={t('users.role')} options={roleOptions} style={{ width: 160 }} />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) => {
                  const role: unknown = getFieldValue(['roles', field.name, 'role']);
                  if (typeof role !== 'string' || roles.scopeOf(role) !== 'store') return null;
                  return (
                    <Form.Item
                      name={[field.name, 'storeId']}
                      rules={[
                        { required: true, message: t('common.selectRequired', { field: t('users.store') }) },
                      ]}
                    >
                      <StoreSelect
                        activeOnly
                        placeholder={t('users.store')}
                        extraOptions={storeOptions}
                        style={{ width: 200 }}
                      />
                    </Form.Item>
                  );
                }}
              </Form.Item>
              <Button
                type="text"
                icon={<MinusCircleOutlined />}
                aria-label={t('users.removeRole')}
                onClick={() => remove(field.name)}
              />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
            {t('users.addRole')}
          </Button>
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}
