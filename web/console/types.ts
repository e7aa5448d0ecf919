/** The shapes of the Anjia API (`/api/v1`, camelCase) that the console uses. */
export type RoleCode =
  | 'admin'
  | 'agent'
  | 'store_manager'
  | 'dispatcher'
  | 'supervisor'
  | 'finance'
  | 'aftersales'
  | 'worker'
  | 'customer';

export type RoleScope = 'company' | 'store';
export type Status = 'active' | 'disabled';
export type StoreKind = 'store' | 'call_center';

export interface RoleDef {
  role: RoleCode;
  label: string;
  labelEn: string;
  scope: RoleScope;
}

export interface RoleAssignment {
  role: RoleCode;
  storeId: string | null;
  storeName: string | null;
}

export interface Me {
  user: {
    id: string;
    username: string;
    displayName: string;
    phone: string | null;
    /** Set for an account still on its initial (admin-given) password. */
    mustChangePassword?: boolean;
  };
  company: { id: string; name: string };
  roles: RoleAssignment[];
  permissions: string[];
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Store {
  id: string;
  name: string;
  kind: StoreKind;
  phone: string | null;
  address: string | null;
  status: Status;
  createdAt: string;
  updatedAt: string;
}

export interface Team {
  id: string;
  storeId: string;
  storeName: string | null;
  name: string;
  supervisorUserId: string | null;
  supervisorName: string | null;
  status: Status;
  createdAt: string;
  updatedAt: string;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  /** Already masked by the server, e.g. 138****1234. */
  phone: string | null;
  status: Status;
  roles: RoleAssignment[];
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt?: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  payload: Record<string, unknown> | null;
  requestId: string | null;
}

export interface StoreCreate {
  name: string;
  kind: StoreKind;
  phone?: string;
  address?: string;
}

export interface StorePatch {
  name?: string;
  phone?: string | null;
  address?: string | null;
}

export interface TeamCreate {
  storeId: string;
  name: string;
  supervisorUserId?: string;
}

export interface TeamPatch {
  name?: string;
  supervisorUserId?: string | null;
}

export interface RoleInput {
  role: RoleCode;
  storeId?: string | null;
}

export interface UserCreate {
  username: string;
  displayName: string;
  phone?: string;
  password: string;
  roles: RoleInput[];
}

export interface UserPatch {
  displayName?: string;
  phone?: string;
  roles?: RoleInput[];
}

export interface ListParams {
  limit?: number;
  cursor?: string | null;
}
