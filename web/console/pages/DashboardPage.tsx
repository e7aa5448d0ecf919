/** /: welcome card and quick links the user's permissions allow. */
import { KeyOutlined } from '@ant-design/icons';
import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useAuth, useMe } from '../auth';
import { NAV } from '../components/AppLayout';
import { LinkButton } from '../components/LinkButton';
import { assignmentLabel } from '../format';
import { useRoles } from '../hooks/useRoles';
import { useI18n } from '../i18n';

export function DashboardPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const me = useMe();
  const roles = useRoles();
  const links = NAV.filter((item) => item.path !== '/' && item.permission && can(item.permission));

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('dashboard.welcome', { name: me.user.displayName })}
        </Typography.Title>
        <Descriptions
          column={1}
          items={[
            { key: 'company', label: t('dashboard.company'), children: me.company.name },
            { key: 'username', label: t('dashboard.username'), children: me.user.username },
            {
              key: 'roles',
              label: t('dashboard.roles'),
              children:
                me.roles.length === 0
                  ? t('dashboard.noRoles')
                  : me.roles.map((r) => (
                      <Tag key={`${r.role}:${r.storeId ?? ''}`} color="blue">
                        {assignmentLabel(r, roles.label(r.role))}
                      </Tag>
                    )),
            },
          ]}
        />
      </Card>
      <Card title={t('dashboard.quickLinks')}>
        <Space wrap>
          {links.map((item) => (
            <LinkButton key={item.path} to={item.path} icon={item.icon}>
              {t(item.label)}
            </LinkButton>
          ))}
          <LinkButton to="/account/password" icon={<KeyOutlined />}>
            {t('nav.changePassword')}
          </LinkButton>
        </Space>
      </Card>
    </Space>
  );
}
