/** 档案: the worker's file (contact data masked) and her skills with 核验 buttons. */
import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import { useAuth } from '../../auth';
import { LinkButton } from '../../components/LinkButton';
import { formatTime } from '../../format';
import { useStoreNames } from '../../hooks/useStoreNames';
import { useI18n } from '../../i18n';
import { workersApi } from './api';
import type { WorkerDetail, WorkerSkill } from './types';
import { useWorkerAction } from './useWorkerAction';

const list = (items: string[]) => (items.length ? items.join('、') : '—');
const or = (v: string | null | undefined) => v || '—';

export function ProfileTab({
  worker: w,
  onChange,
}: {
  worker: WorkerDetail;
  onChange: (w: WorkerDetail) => void;
}) {
  const { t } = useI18n();
  const { can } = useAuth();
  const storeName = useStoreNames();
  const act = useWorkerAction(onChange);
  const canEdit = can('worker.write') && w.status !== 'blacklisted';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title={t('worker.tab.profile')}
        extra={
          canEdit && (
            <LinkButton to={`/workers/${w.id}/edit`} size="small" icon={<EditOutlined />}>
              {t('workers.edit')}
            </LinkButton>
          )
        }
      >
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'gender', label: t('workers.gender'), children: t(`workers.gender.${w.gender}`) },
            {
              key: 'birth',
              label: t('workers.birthDate'),
              children: `${w.birthDate}（${t('workers.ageValue', { age: w.age })}）`,
            },
            { key: 'native', label: t('workers.nativePlace'), children: w.nativePlace },
            { key: 'id', label: t('workers.idNumber'), children: w.idNumber },
            { key: 'edu', label: t('workers.education'), children: t(`education.${w.education}`) },
            {
              key: 'model',
              label: t('workers.employmentModel'),
              children: t(`employment.${w.employmentModel}`),
            },
            { key: 'store', label: t('workers.store'), children: storeName(w.storeId) },
            { key: 'district', label: t('workers.homeDistrict'), children: w.homeDistrict },
            { key: 'address', label: t('workers.homeAddress'), children: or(w.homeAddress) },
            { key: 'phone', label: t('workers.phone'), children: or(w.phone) },
            { key: 'eName', label: t('workers.emergencyName'), children: or(w.emergencyName) },
            { key: 'ePhone', label: t('workers.emergencyPhone'), children: or(w.emergencyPhone) },
            { key: 'bank', label: t('workers.bankName'), children: or(w.bankName) },
            { key: 'account', label: t('workers.bankAccount'), children: or(w.bankAccount) },
            { key: 'langs', label: t('workers.languages'), children: list(w.languages) },
            { key: 'cuisines', label: t('workers.cuisines'), children: list(w.cuisines) },
            { key: 'created', label: t('workers.createdAt'), children: formatTime(w.createdAt) },
            { key: 'notes', label: t('workers.notes'), children: or(w.notes), span: 'filled' },
          ]}
        />
      </Card>
      <Card size="small" title={t('workers.skills')}>
        <Table<WorkerSkill>
          rowKey="skillId"
          size="small"
          pagination={false}
          dataSource={w.skills}
          columns={[
            { title: t('workerForm.skill'), dataIndex: 'name' },
            { title: t('workerForm.skillLevel'), dataIndex: 'level' },
            {
              title: t('record.verified'),
              key: 'verified',
              render: (_, s) =>
                s.verified ? (
                  <Tag color="success">{t('record.verified')}</Tag>
                ) : can('worker.verify') ? (
                  <Button
                    size="small"
                    onClick={() => act(() => workersApi.verifySkill(w.id, s.skillId), 'record.verified')}
                  >
                    {t('record.verify')}
                  </Button>
                ) : (
                  <Tag>{t('record.unverified')}</Tag>
                ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
