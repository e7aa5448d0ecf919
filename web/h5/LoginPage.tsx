/** Username + password; the server's message (wrong password, locked out) under the form. */
import { Button, Form, Input } from 'antd-mobile';
import { useState } from 'react';
import { applyFieldErrors } from '../shared/form-errors';
import { asApiError } from '../shared/problem';
import { api, type Me } from './api';
import { useI18n } from './i18n';
import { LangSwitch } from './LangSwitch';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage({ onLoggedIn }: { onLoggedIn: (me: Me) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<LoginForm>();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const onFinish = async (values: LoginForm) => {
    setSubmitting(true);
    setError(null);
    try {
      onLoggedIn(await api.login(values.username.trim(), values.password));
    } catch (caught) {
      const problem = asApiError(caught);
      applyFieldErrors(form, problem);
      setError(problem.message);
    } finally {
      setSubmitting(false);
    }
  };
  const required = (field: string) => [{ required: true, message: t('login.required', { field }) }];

  return (
    <div className="h5-page h5-login">
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <h1>{t('app.name')}</h1>
        <LangSwitch />
      </div>
      <p>{t('login.subtitle')}</p>
      <Form
        form={form}
        layout="horizontal"
        onFinish={onFinish}
        footer={
          <Button block type="submit" color="primary" size="large" loading={submitting}>
            {t('login.submit')}
          </Button>
        }
      >
        <Form.Item name="username" label={t('login.username')} rules={required(t('login.username'))}>
          <Input placeholder={t('login.username')} autoComplete="username" clearable />
        </Form.Item>
        <Form.Item name="password" label={t('login.password')} rules={required(t('login.password'))}>
          <Input
            placeholder={t('login.password')}
            type="password"
            autoComplete="current-password"
            clearable
          />
        </Form.Item>
      </Form>
      {error && (
        <div className="h5-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
