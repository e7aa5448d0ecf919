/** The signed-in frame: Sider menu by permission, header with company, user, language, account menu. */
import {
  AuditOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  ContactsOutlined,
  DashboardOutlined,
  DownOutlined,
  FieldTimeOutlined,
  FileTextOutlined,
  InboxOutlined,
  KeyOutlined,
  LogoutOutlined,
  PhoneOutlined,
  SettingOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import {
  Alert,
  Badge,
  Button,
  Dropdown,
  Layout,
  Menu,
  type MenuProps,
  Space,
  Tag,
  Typography,
  theme,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth, useMe } from '../auth';
import { assignmentLabel } from '../format';
import { useRoles } from '../hooks/useRoles';
import { useI18n } from '../i18n';
import type { MessageKey } from '../messages';
import { useInboxCount } from '../pages/orders/useInboxCount';
import { LangSwitch } from './LangSwitch';

interface NavItem {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  permission?: string;
}

export const NAV: NavItem[] = [
  { path: '/', label: 'nav.dashboard', icon: <DashboardOutlined /> },
  { path: '/workers', label: 'nav.workers', icon: <SolutionOutlined />, permission: 'worker.read' },
  {
    path: '/workers/expiring',
    label: 'nav.expiring',
    icon: <FieldTimeOutlined />,
    permission: 'worker.read',
  },
  { path: '/customers', label: 'nav.customers', icon: <ContactsOutlined />, permission: 'customer.read' },
  { path: '/orders', label: 'nav.orders', icon: <FileTextOutlined />, permission: 'order.read' },
  { path: '/orders/inbox', label: 'nav.inbox', icon: <InboxOutlined />, permission: 'order.accept' },
  { path: '/callbacks', label: 'nav.callbacks', icon: <PhoneOutlined />, permission: 'callback.write' },
  { path: '/follow-ups', label: 'nav.followUps', icon: <CarryOutOutlined />, permission: 'followup.write' },
  {
    path: '/dispatch/board',
    label: 'nav.dispatchBoard',
    icon: <CalendarOutlined />,
    permission: 'dispatch.write',
  },
  {
    path: '/dispatch/settings',
    label: 'nav.dispatchSettings',
    icon: <SettingOutlined />,
    permission: 'dispatch.write',
  },

  { path: '/stores', label: 'nav.stores', icon: <ShopOutlined />, permission: 'store.read' },
  { path: '/users', label: 'nav.users', icon: <TeamOutlined />, permission: 'user.read' },
  { path: '/audit', label: 'nav.audit', icon: <AuditOutlined />, permission: 'audit.read' },
];

/** The longest menu path that is the current path or one of its parents. */
function selectedKey(pathname: string): string {
  const match = NAV.filter(
    (item) => item.path !== '/' && (pathname === item.path || pathname.startsWith(`${item.path}/`)),
  ).sort((a, b) => b.path.length - a.path.length);
  return match[0]?.path ?? (pathname === '/' ? '/' : '');
}

export function AppLayout() {
  const { t } = useI18n();
  const { can, logout } = useAuth();
  const me = useMe();
  const roles = useRoles();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const { token } = theme.useToken();
  const inboxCount = useInboxCount(can('order.accept'), location.pathname);

  const menuItems: MenuProps['items'] = NAV.filter((item) => !item.permission || can(item.permission)).map(
    (item) => ({
      key: item.path,
      icon: item.icon,
      label:
        item.path === '/orders/inbox' && inboxCount > 0 ? (
          <span>
            {t(item.label)} <Badge count={inboxCount} size="small" data-testid="inbox-badge" />
          </span>
        ) : (
          t(item.label)
        ),
    }),
  );
  const accountItems: MenuProps['items'] = [
    { key: 'password', icon: <KeyOutlined />, label: t('nav.changePassword') },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout'), danger: true },
  ];
  const onAccount: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') navigate('/account/password');
    if (key === 'logout') void logout();
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg">
        <div
          style={{ color: '#fff', fontSize: 20, fontWeight: 600, padding: '16px 24px', whiteSpace: 'nowrap' }}
        >
          {collapsed ? t('app.name').slice(0, 1) : t('app.name')}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selectedKey(location.pathname)]}
          items={menuItems}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 16,
          }}
        >
          <Typography.Text strong ellipsis style={{ fontSize: 16 }}>
            {me.company.name}
          </Typography.Text>
          <Space size="middle">
            <LangSwitch />
            <Dropdown menu={{ items: accountItems, onClick: onAccount }} trigger={['click']}>
              <Button type="text" data-testid="account-menu" style={{ height: 'auto' }}>
                <span>{me.user.displayName}</span>
                {me.roles.slice(0, 3).map((r) => (
                  <Tag key={`${r.role}:${r.storeId ?? ''}`} color="blue" style={{ marginInlineEnd: 0 }}>
                    {assignmentLabel(r, roles.label(r.role))}
                  </Tag>
                ))}
                {me.roles.length > 3 && <Tag>+{me.roles.length - 3}</Tag>}
                <DownOutlined />
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          {me.user.mustChangePassword && location.pathname !== '/account/password' && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('password.mustChange')}
              action={<Link to="/account/password">{t('nav.changePassword')}</Link>}
            />
          )}
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
