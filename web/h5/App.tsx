/**
 * The H5: sign in, then by the user's roles — a worker (家政员) lands on 我的工作; a customer on the
 * tabs (the available-worker board, booking, her orders).
 */
import { Button, ConfigProvider, ErrorBlock, SpinLoading } from 'antd-mobile';
import enUS from 'antd-mobile/es/locales/en-US';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { useCallback, useEffect, useState } from 'react';
import { onUnauthorized } from '../shared/http';
import { api, canSeeBoard, isWorker, type Me } from './api';
import { useI18n } from './i18n';
import { LoginPage } from './LoginPage';
import { Shell } from './Shell';
import { WorkerShell } from './WorkerShell';
import './h5.css';

type State = { status: 'loading' } | { status: 'anonymous' } | { status: 'ready'; me: Me };

export function App() {
  const { lang, t } = useI18n();
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);

  useEffect(() => {
    api
      .me()
      .then((me) => setState({ status: 'ready', me }))
      .catch(() => setState({ status: 'anonymous' }));
    onUnauthorized(() => setState({ status: 'anonymous' }));
    return () => onUnauthorized(null);
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      setState({ status: 'anonymous' });
    }
  }, []);

  let body: React.ReactNode;
  if (state.status === 'loading') {
    body = (
      <div className="h5-center">
        <SpinLoading color="primary" />
      </div>
    );
  } else if (state.status === 'anonymous') {
    body = <LoginPage onLoggedIn={(me) => setState({ status: 'ready', me })} />;
  } else if (isWorker(state.me)) {
    body = <WorkerShell onLogout={logout} />;
  } else if (!canSeeBoard(state.me)) {
    body = (
      <ErrorBlock status="disconnected" title={t('common.forbidden')} description="">
        <Button onClick={logout}>{t('common.logout')}</Button>
      </ErrorBlock>
    );
  } else {
    body = <Shell me={state.me} onLogout={logout} />;
  }

  return <ConfigProvider locale={lang === 'en' ? enUS : zhCN}>{body}</ConfigProvider>;
}
