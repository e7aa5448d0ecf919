/** /login: username + password; the server's message (wrong password, locked out) in an Alert. */
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from '../auth';
import { LangSwitch } from '../components/LangSwitch';
import { ProblemAlert } from '../components/ProblemAlert';
import { useFormSubmit } from '../hooks/useFormSubmit';
import { useI18n } from '../i18n';

interface LoginForm {
  username: string;
  password: string;
}

function redirectTarget(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const from = (state as { from: unknown }).from;
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login')) return from;
  }
  return '/';
}

export function LoginPage() {
  const { t } = useI18n();
  const { state, login } = useAuth();
  const location = useLocation();
  const [form] = Form.useForm<LoginForm>();
  const { submitting, failure, run } = useFormSubmit(form);

  // Signed in (already, or just now): go on to the console.
  if (state.status === 'ready') return <Navigate to={redirectTarget(location.state)} replace />;

  const onFinish = (values: LoginForm) =>
    void run(async () => {
      await login(values.username.trim(), values.password);
    });

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#f5f5f5',
        padding: 16,
      }}
    >
      <Card style={{ width: 380, maxWidth: '100%' }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('login.title')}
          </Typography.Title>
          <LangSwitch />
        </div>
        <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
        {failure && <ProblemAlert error={failure.error} unmatched={failure.unmatched} />}
        <Form<LoginForm> form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('common.required', { field: t('login.username') }),
              },
            ]}
          >
            <Input
              prefix={<UserOutlined />}
              placeholder={t('login.username')}
              autoComplete="username"
              autoFocus
              size="large"
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('common.required', { field: t('login.password') }) }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              placeholder={t('login.password')}
              autoComplete="current-password"
              size="large"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
