/** The permission-guarded pages of the console, in one table (App.tsx renders them). */
import type { ReactNode } from 'react';
import { AuditPage } from './pages/audit/AuditPage';
import { CustomerDetailPage } from './pages/customers/CustomerDetailPage';
import { CustomerFormPage } from './pages/customers/CustomerFormPage';
import { CustomersPage } from './pages/customers/CustomersPage';
import { BoardPage } from './pages/dispatch/BoardPage';
import { DispatchSettingsPage } from './pages/dispatch/DispatchSettingsPage';
import { FollowUpsPage } from './pages/followups/FollowUpsPage';
import { CallbacksPage } from './pages/orders/CallbacksPage';
import { InboxPage } from './pages/orders/InboxPage';
import { OrderDetailPage } from './pages/orders/OrderDetailPage';
import { OrderNewPage } from './pages/orders/OrderNewPage';
import { OrdersPage } from './pages/orders/OrdersPage';
import { StoreDetailPage } from './pages/stores/StoreDetailPage';
import { StoresPage } from './pages/stores/StoresPage';
import { UsersPage } from './pages/users/UsersPage';
import { ExpiringPage } from './pages/workers/ExpiringPage';
import { WorkerDetailPage } from './pages/workers/WorkerDetailPage';
import { WorkerFormPage } from './pages/workers/WorkerFormPage';
import { WorkersPage } from './pages/workers/WorkersPage';

export interface GuardedRoute {
  path: string;
  permission: string;
  element: ReactNode;
}

export const GUARDED_ROUTES: GuardedRoute[] = [
  { path: 'stores', permission: 'store.read', element: <StoresPage /> },
  { path: 'stores/:id', permission: 'store.read', element: <StoreDetailPage /> },
  { path: 'users', permission: 'user.read', element: <UsersPage /> },
  { path: 'audit', permission: 'audit.read', element: <AuditPage /> },
  { path: 'workers', permission: 'worker.read', element: <WorkersPage /> },
  { path: 'workers/new', permission: 'worker.write', element: <WorkerFormPage /> },
  { path: 'workers/expiring', permission: 'worker.read', element: <ExpiringPage /> },
  { path: 'workers/:id', permission: 'worker.read', element: <WorkerDetailPage /> },
  { path: 'workers/:id/edit', permission: 'worker.write', element: <WorkerFormPage /> },
  { path: 'customers', permission: 'customer.read', element: <CustomersPage /> },
  { path: 'customers/new', permission: 'customer.write', element: <CustomerFormPage /> },
  { path: 'customers/:id', permission: 'customer.read', element: <CustomerDetailPage /> },
  { path: 'orders', permission: 'order.read', element: <OrdersPage /> },
  { path: 'orders/new', permission: 'order.write', element: <OrderNewPage /> },
  { path: 'orders/inbox', permission: 'order.accept', element: <InboxPage /> },
  { path: 'orders/:id', permission: 'order.read', element: <OrderDetailPage /> },
  { path: 'callbacks', permission: 'callback.write', element: <CallbacksPage /> },
  { path: 'follow-ups', permission: 'followup.write', element: <FollowUpsPage /> },
  { path: 'dispatch/board', permission: 'dispatch.write', element: <BoardPage /> },
  { path: 'dispatch/settings', permission: 'dispatch.write', element: <DispatchSettingsPage /> },
];
