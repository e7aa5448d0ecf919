/** Typed calls to the Anjia API used by the staff console. */
import { http } from '../shared/http';
import type {
  AuditEntry,
  ListParams,
  Me,
  Page,
  RoleDef,
  Status,
  Store,
  StoreCreate,
  StorePatch,
  Team,
  TeamCreate,
  TeamPatch,
  User,
  UserCreate,
  UserPatch,
} from './types';

const V1 = '/api/v1';
export const PAGE_SIZE = 20;

export interface StoreQuery extends ListParams {
  q?: string;
  status?: Status;
}
export interface TeamQuery extends ListParams {
  storeId?: string;
}
export interface UserQuery extends ListParams {
  q?: string;
  storeId?: string;
  role?: string;
  status?: Status;
}
export interface AuditQuery extends ListParams {
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** Codes of a 401 that mean "wrong password typed", not "session gone". */
const WRONG_PASSWORD_CODES = ['AUTH_INVALID_CREDENTIALS', 'AUTH_WRONG_PASSWORD', 'AUTH_INVALID_PASSWORD'];

const id = (value: string) => encodeURIComponent(value);

export const api = {
  auth: {
    login: (body: { username: string; password: string }) =>
      http.post<Me>(`${V1}/auth/login`, { body, skipAuthRedirect: true }),
    logout: () => http.post<void>(`${V1}/auth/logout`, { skipAuthRedirect: true }),
    changePassword: (body: { currentPassword: string; newPassword: string }) =>
      http.post<void>(`${V1}/auth/password`, { body, ignore401Codes: WRONG_PASSWORD_CODES }),
  },
  me: () => http.get<Me>(`${V1}/me`, { skipAuthRedirect: true }),
  roles: () => http.get<{ items: RoleDef[] }>(`${V1}/roles`),
  stores: {
    list: (query: StoreQuery) => http.get<Page<Store>>(`${V1}/stores`, { query: { ...query } }),
    get: (storeId: string) => http.get<Store>(`${V1}/stores/${id(storeId)}`),
    create: (body: StoreCreate) => http.post<Store>(`${V1}/stores`, { body }),
    update: (storeId: string, body: StorePatch) => http.patch<Store>(`${V1}/stores/${id(storeId)}`, { body }),
    disable: (storeId: string) => http.post<Store>(`${V1}/stores/${id(storeId)}/disable`),
    enable: (storeId: string) => http.post<Store>(`${V1}/stores/${id(storeId)}/enable`),
  },
  teams: {
    list: (query: TeamQuery) => http.get<Page<Team>>(`${V1}/teams`, { query: { ...query } }),
    get: (teamId: string) => http.get<Team>(`${V1}/teams/${id(teamId)}`),
    create: (body: TeamCreate) => http.post<Team>(`${V1}/teams`, { body }),
    update: (teamId: string, body: TeamPatch) =>
      http.patch<Team | undefined>(`${V1}/teams/${id(teamId)}`, { body }),
    disable: (teamId: string) => http.post<Team | undefined>(`${V1}/teams/${id(teamId)}/disable`),
    enable: (teamId: string) => http.post<Team | undefined>(`${V1}/teams/${id(teamId)}/enable`),
  },
  users: {
    list: (query: UserQuery) => http.get<Page<User>>(`${V1}/users`, { query: { ...query } }),
    get: (userId: string) => http.get<User>(`${V1}/users/${id(userId)}`),
    create: (body: UserCreate) => http.post<User>(`${V1}/users`, { body }),
    update: (userId: string, body: UserPatch) =>
      http.patch<User | undefined>(`${V1}/users/${id(userId)}`, { body }),
    disable: (userId: string) => http.post<User | undefined>(`${V1}/users/${id(userId)}/disable`),
    enable: (userId: string) => http.post<User | undefined>(`${V1}/users/${id(userId)}/enable`),
    resetPassword: (userId: string, newPassword: string) =>
      http.post<void>(`${V1}/users/${id(userId)}/reset-password`, { body: { newPassword } }),
  },
  audit: {
    list: (query: AuditQuery) => http.get<Page<AuditEntry>>(`${V1}/audit`, { query: { ...query } }),
  },
};
