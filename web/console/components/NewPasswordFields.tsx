import { Form, Input } from 'antd';
import { useI18n } from '../i18n';

/** The API's password rule (8–128 characters); the server checks it again. */
export const PASSWORD_MIN = 8;

/** `newPassword` + `confirm` with a match check; shared with the reset-password modal. */
export function NewPasswordFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        rules={[
          { required: true, message: t('common.required', { field: t('password.new') }) },
          { min: PASSWORD_MIN, message: t('password.tooShort', { min: PASSWORD_MIN }) },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('common.required', { field: t('password.confirm') }) },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || getFieldValue('newPassword') === value
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
