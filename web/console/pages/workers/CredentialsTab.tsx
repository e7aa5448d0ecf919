/** 证书与检查: certificates (with 核验), health checks, background checks, insurance. */
import { Button, Space, Tag } from 'antd';
import { useAuth } from '../../auth';
import { useI18n } from '../../i18n';
import { workersApi } from './api';
import { RecordCard } from './RecordCard';
import { ExpiryDate } from './tags';
import type { BackgroundCheck, Certificate, HealthCheck, Insurance, WorkerDetail } from './types';
import { useWorkerAction } from './useWorkerAction';

interface Props {
  worker: WorkerDetail;
  onChange: (worker: WorkerDetail) => void;
}

export function CredentialsTab({ worker, onChange }: Props) {
  const { t, tOr } = useI18n();
  const { can } = useAuth();
  const act = useWorkerAction(onChange);
  const canVerify = can('worker.verify');
  const expiry = (day: string | null) => <ExpiryDate day={day} showDays />;
  const common = { worker, onChange };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <RecordCard<Certificate>
        {...common}
        testId="certificates"
        title={t('cert.title')}
        kind="certificate"
        rows={worker.certificates}
        canAdd={can('worker.write')}
        columns={[
          { title: t('record.kind'), dataIndex: 'kind', render: (k: string) => tOr(`cert.kind.${k}`, k) },
          { title: t('cert.name'), dataIndex: 'name' },
          { title: t('cert.number'), dataIndex: 'number' },
          { title: t('cert.issuer'), dataIndex: 'issuer' },
          { title: t('cert.issuedOn'), dataIndex: 'issuedOn' },
          { title: t('record.expiresOn'), dataIndex: 'expiresOn', render: expiry },
          {
            title: t('record.verified'),
            key: 'verified',
            render: (_, c) =>
              c.verified ? (
                <Tag color="success">{t('record.verified')}</Tag>
              ) : canVerify ? (
                <Button
                  size="small"
                  onClick={() => act(() => workersApi.verifyCertificate(worker.id, c.id), 'record.verified')}
                >
                  {t('record.verify')}
                </Button>
              ) : (
                <Tag>{t('record.unverified')}</Tag>
              ),
          },
        ]}
      />
      <RecordCard<HealthCheck>
        {...common}
        title={t('health.title')}
        kind="health_check"
        rows={worker.healthChecks}
        canAdd={canVerify}
        columns={[
          { title: t('health.checkedOn'), dataIndex: 'checkedOn' },
          { title: t('record.expiresOn'), dataIndex: 'expiresOn', render: expiry },
          {
            title: t('record.result'),
            dataIndex: 'result',
            render: (r: HealthCheck['result']) => (
              <Tag color={r === 'pass' ? 'success' : 'error'}>{t(`health.${r}`)}</Tag>
            ),
          },
          {
            title: t('health.institution'),
            dataIndex: 'institution',
            render: (v: string | null) => v ?? '—',
          },
        ]}
      />
      <RecordCard<BackgroundCheck>
        {...common}
        title={t('bg.title')}
        kind="background_check"
        rows={worker.backgroundChecks}
        canAdd={canVerify}
        columns={[
          { title: t('bg.checkedOn'), dataIndex: 'checkedOn' },
          { title: t('record.expiresOn'), dataIndex: 'expiresOn', render: expiry },
          {
            title: t('record.result'),
            dataIndex: 'result',
            render: (r: BackgroundCheck['result']) => (
              <Tag color={r === 'clear' ? 'success' : 'error'}>{t(`bg.${r}`)}</Tag>
            ),
          },
        ]}
      />
      <RecordCard<Insurance>
        {...common}
        title={t('insurance.title')}
        kind="insurance"
        rows={worker.insurance}
        canAdd={can('worker.write')}
        columns={[
          {
            title: t('record.kind'),
            dataIndex: 'kind',
            render: (k: Insurance['kind']) => t(`insurance.kind.${k}`),
          },
          { title: t('insurance.insurer'), dataIndex: 'insurer' },
          { title: t('insurance.policyNumber'), dataIndex: 'policyNumber' },
          { title: t('record.startsOn'), dataIndex: 'startsOn' },
          { title: t('record.endsOn'), dataIndex: 'endsOn', render: expiry },
        ]}
      />
    </Space>
  );
}
