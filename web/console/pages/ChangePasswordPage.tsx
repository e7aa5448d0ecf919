/** /account/password: change one's own password (current, new, confirm). */
import { App, Button, Card, Form, Input } from 'antd';
import { api } from '../api';
import { useAuth } from '../auth';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { ProblemAlert } from '../components/ProblemAlert';
import { useFormSubmit } from '../hooks/useFormSubmit';
import { useI18n } from '../i18n';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { refresh } = useAuth();
  const [form] = Form.useForm<PasswordForm>();
  const { submitting, failure, run } = useFormSubmit(form);

  const onFinish = (values: PasswordForm) =>
    void run(async () => {
      await api.auth.changePassword({
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      form.resetFields();
      message.success(t('password.changed'));
      await refresh();
    });

  return (
    <Card title={t('nav.changePassword')} style={{ maxWidth: 520 }}>
      {failure && <ProblemAlert error={failure.error} unmatched={failure.unmatched} />}
      <Form<PasswordForm> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[{ required: true, message: t('common.required', { field: t('password.current') }) }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <NewPasswordFields />
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
