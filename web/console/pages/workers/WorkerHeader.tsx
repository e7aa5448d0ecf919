/** The header card of a worker's file: who she is, trust with its reasons, and the actions. */
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../auth';
import { formatTime } from '../../format';
import { useI18n } from '../../i18n';
import { workersApi } from './api';
import { BlacklistButton } from './BlacklistButton';
import { RevealButton } from './RevealButton';
import { StatusModal } from './StatusModal';
import { TierModal } from './TierModal';
import { TierTag, TrustTag, WorkerStatusTag } from './tags';
import type { WorkerDetail } from './types';
import { useWorkerAction } from './useWorkerAction';

const ALERT_TYPES = { green: 'success', yellow: 'warning', red: 'error' } as const;

interface Props {
  worker: WorkerDetail;
  onChange: (worker: WorkerDetail) => void;
}

export function WorkerHeader({ worker: w, onChange }: Props) {
  const { t } = useI18n();
  const { can } = useAuth();
  const act = useWorkerAction(onChange);
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'tier' | 'status' | null>(null);
  const closed = w.status === 'blacklisted';
  const saved = (next: WorkerDetail) => {
    setDialog(null);
    message.success(t('common.saved'));
    onChange(next);
  };

  return (
    <Card>
      <Flex justify="space-between" align="flex-start" wrap gap={16}>
        <Space orientation="vertical" size={8}>
          <Space wrap align="center">
            <Typography.Title level={3} style={{ margin: 0 }}>
              {w.name}
            </Typography.Title>
            <TrustTag trust={w.trust} />
            <TierTag tier={w.tier} />
            <WorkerStatusTag status={w.status} />
          </Space>
          <Space wrap>
            <Typography.Text type="secondary">{t('workers.phone')}</Typography.Text>
            <Typography.Text data-testid="masked-phone">{w.phone ?? '—'}</Typography.Text>
            {can('worker.reveal') && <RevealButton workerId={w.id} />}
            <Typography.Text type="secondary">·</Typography.Text>
            <Typography.Text type={w.identityVerifiedAt ? 'success' : 'danger'}>
              {t('workers.identity')}：
              {w.identityVerifiedAt
                ? t('workers.identityVerified', { time: formatTime(w.identityVerifiedAt, 'YYYY-MM-DD') })
                : t('workers.identityUnverified')}
            </Typography.Text>
          </Space>
          {w.statusReason && (
            <Typography.Text type="secondary">
              {t('worker.statusReason')}：{w.statusReason}
            </Typography.Text>
          )}
        </Space>
        {!closed && (
          <Space wrap>
            {can('worker.verify') && !w.identityVerifiedAt && (
              <Popconfirm
                title={t('worker.verifyIdentityConfirm', { name: w.name })}
                okText={t('common.ok')}
                cancelText={t('common.cancel')}
                onConfirm={() => act(() => workersApi.verifyIdentity(w.id))}
              >
                <Button icon={<SafetyCertificateOutlined />}>{t('worker.verifyIdentity')}</Button>
              </Popconfirm>
            )}
            {can('worker.verify') && <Button onClick={() => setDialog('tier')}>{t('worker.setTier')}</Button>}
            {can('worker.write') && (
              <Button onClick={() => setDialog('status')}>{t('worker.changeStatus')}</Button>
            )}
            {can('worker.blacklist') && <BlacklistButton worker={w} onChange={onChange} />}
          </Space>
        )}
      </Flex>
      <Alert
        style={{ marginTop: 16 }}
        type={ALERT_TYPES[w.trust.level]}
        showIcon
        data-testid="trust-reasons"
        title={`${t('workers.trust')}：${t(`trust.${w.trust.level}`)}`}
        description={
          w.trust.reasons.length ? (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {w.trust.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          ) : (
            t('trust.allGood')
          )
        }
      />
      {dialog === 'tier' && <TierModal worker={w} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog === 'status' && <StatusModal worker={w} onClose={() => setDialog(null)} onSaved={saved} />}
    </Card>
  );
}
