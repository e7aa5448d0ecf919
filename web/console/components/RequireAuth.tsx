/** Gatekeepers for routes: signed in at all, and holding a permission. */
import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '../auth';
import { useI18n } from '../i18n';
import { Forbidden } from './NotFound';

export function RequireAuth() {
  const { state, reload } = useAuth();
  const { t } = useI18n();
  const location = useLocation();
  if (state.status === 'loading') {
    return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  }
  if (state.status === 'failed') {
    return (
      <Result
        status="error"
        title={t('common.loadFailed')}
        subTitle={state.error.message}
        extra={<Button onClick={reload}>{t('common.retry')}</Button>}
      />
    );
  }
  if (state.status === 'anonymous') {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return <Outlet />;
}

export function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const { can } = useAuth();
  return can(permission) ? children : <Forbidden />;
}
