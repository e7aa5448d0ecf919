/** Who is signed in (GET /me), what they may do, login and logout. */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { onUnauthorized } from '../shared/http';
import { type ApiError, asApiError } from '../shared/problem';
import { api } from './api';
import type { Me } from './types';

export type AuthState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'failed'; error: ApiError }
  | { status: 'ready'; me: Me };

export interface Auth {
  state: AuthState;
  me: Me | null;
  can: (permission: string) => boolean;
  login: (username: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
  reload: () => void;
  /** Re-reads /me without the loading state (after changing one's own password or roles). */
  refresh: () => Promise<void>;
}

/** Exported for tests that render a page with a fixed user. */
export const AuthContext = createContext<Auth | null>(null);

/** `store.read` is granted by `store.read`, `store.*` or `*`. */
export function hasPermission(granted: readonly string[], wanted: string): boolean {
  return granted.some(
    (p) => p === wanted || p === '*' || (p.endsWith('.*') && wanted.startsWith(p.slice(0, -1))),
  );
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    api
      .me()
      .then((me) => setState({ status: 'ready', me }))
      .catch((caught: unknown) => {
        const error = asApiError(caught);
        setState(error.status === 401 ? { status: 'anonymous' } : { status: 'failed', error });
      });
  }, []);

  useEffect(() => reload(), [reload]);

  const refresh = useCallback(async () => {
    try {
      const me = await api.me();
      setState({ status: 'ready', me });
    } catch {
      // keep what we have; a 401 is handled by the unauthorized hook on the next call
    }
  }, []);

  // Any 401 (other than the login call) means the session is gone: back to the login page.
  useEffect(() => {
    onUnauthorized(() => {
      setState({ status: 'anonymous' });
      const from = window.location.pathname + window.location.search;
      if (window.location.pathname !== '/login') navigate('/login', { replace: true, state: { from } });
    });
    return () => onUnauthorized(null);
  }, [navigate]);

  const login = useCallback(async (username: string, password: string) => {
    const me = await api.auth.login({ username, password });
    setState({ status: 'ready', me });
    return me;
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.auth.logout();
    } catch {
      // the session is forgotten locally whatever the server said
    }
    setState({ status: 'anonymous' });
    navigate('/login', { replace: true });
  }, [navigate]);

  const value = useMemo<Auth>(() => {
    const me = state.status === 'ready' ? state.me : null;
    const can = (permission: string) => (me ? hasPermission(me.permissions, permission) : false);
    return { state, me, can, login, logout, reload, refresh };
  }, [state, login, logout, reload, refresh]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** The signed-in user; only for pages rendered under RequireAuth. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe without a signed-in user');
  return me;
}
