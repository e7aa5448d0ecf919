/** The header card of a customer file: name, tags, blacklist state and the file's actions. */
import { Alert, App, Button, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../../auth';
import { LinkButton } from '../../components/LinkButton';
import { formatTime } from '../../format';
import { useI18n } from '../../i18n';
import { CustomerEditModal } from './CustomerEditModal';
import { MergeModal } from './MergeModal';
import { ReasonModal } from './ReasonModal';
import type { Customer } from './types';

type Dialog = 'edit' | 'blacklist' | 'unblacklist' | 'merge' | null;

interface Props {
  customer: Customer;
  onChange: (customer: Customer) => void;
}

export function CustomerHeader({ customer: c, onChange }: Props) {
  const { t } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const live = !c.mergedIntoId;
  const saved = (next: Customer) => {
    setDialog(null);
    onChange(next);
  };

  return (
    <Card>
      <Flex justify="space-between" align="flex-start" wrap gap={16}>
        <Space orientation="vertical" size={8}>
          <Space wrap align="center">
            <Typography.Title level={3} style={{ margin: 0 }}>
              {c.name}
            </Typography.Title>
            {c.blacklisted && <Tag color="black">{t('customers.blacklisted')}</Tag>}
            {c.tags.map((tag) => (
              <Tag key={tag} color="blue">
                {tag}
              </Tag>
            ))}
          </Space>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              {
                key: 'source',
                label: t('customers.sourceChannel'),
                children: t(`source.${c.sourceChannel}`),
              },
              { key: 'id', label: t('customers.idNumber'), children: c.idNumberMasked ?? '—' },
              { key: 'created', label: t('customers.createdAt'), children: formatTime(c.createdAt) },
              { key: 'notes', label: t('customers.notes'), children: c.notes ?? '—', span: 3 },
            ]}
          />
        </Space>
        {live && (
          <Space wrap>
            {can('customer.write') && <Button onClick={() => setDialog('edit')}>{t('common.edit')}</Button>}
            {can('customer.write') &&
              (c.blacklisted ? (
                <Button onClick={() => setDialog('unblacklist')}>{t('customer.unblacklist')}</Button>
              ) : (
                <Button danger onClick={() => setDialog('blacklist')}>
                  {t('customer.blacklist')}
                </Button>
              ))}
            {can('customer.merge') && (
              <Button onClick={() => setDialog('merge')}>{t('customer.merge')}</Button>
            )}
          </Space>
        )}
      </Flex>
      {c.blacklisted && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title={`${t('customer.blacklistReason')}：${c.blacklistReason ?? '—'}`}
        />
      )}
      {c.mergedIntoId && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={t('customer.mergedInto')}
          action={<LinkButton to={`/customers/${c.mergedIntoId}`}>{t('customer.openTarget')}</LinkButton>}
        />
      )}
      {dialog === 'edit' && (
        <CustomerEditModal customer={c} onClose={() => setDialog(null)} onSaved={saved} />
      )}
      {(dialog === 'blacklist' || dialog === 'unblacklist') && (
        <ReasonModal customer={c} action={dialog} onClose={() => setDialog(null)} onSaved={saved} />
      )}
      {dialog === 'merge' && (
        <MergeModal
          customer={c}
          onClose={() => setDialog(null)}
          onMerged={(target) => {
            setDialog(null);
            message.success(t('customer.mergedDone'));
            navigate(`/customers/${target.id}`);
          }}
        />
      )}
    </Card>
  );
}
