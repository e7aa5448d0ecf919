/** 评定等级: pick a tier, see its requirements met or missing (R12); a 422 lists what is unmet. */
import { Alert, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { type ApiError, asApiError } from '../../../shared/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { workersApi } from './api';
import { tierOptions } from './options';
import type { Tier, TierCheck, WorkerDetail } from './types';

type Check = TierCheck['checks'][number];
const NONE = 'none';

interface Props {
  worker: WorkerDetail;
  onClose: () => void;
  onSaved: (worker: WorkerDetail) => void;
}

export function TierModal({ worker, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [tier, setTier] = useState<Tier | typeof NONE>(worker.tier ?? 'junior');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const check = worker.tierChecks.find((c) => c.tier === tier);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      onSaved(await workersApi.setTier(worker.id, tier === NONE ? null : tier));
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      width={640}
      title={t('worker.setTier')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={save}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <ProblemAlert error={error} unmatched={error.fieldErrors} />}
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Select<Tier | typeof NONE>
          aria-label={t('worker.tierSelect')}
          value={tier}
          onChange={(value) => {
            setTier(value);
            setError(null);
          }}
          options={[...tierOptions(t), { value: NONE, label: t('worker.tierClear') }]}
          style={{ width: 200 }}
        />
        {check && (
          <>
            <Alert
              type={check.eligible ? 'success' : 'warning'}
              showIcon
              title={t(check.eligible ? 'worker.tierEligible' : 'worker.tierIneligible')}
            />
            <Table<Check>
              rowKey="requirement"
              size="small"
              pagination={false}
              dataSource={check.checks}
              data-testid="tier-checks"
              columns={[
                { title: t('worker.tierRequirement'), dataIndex: 'requirement' },
                {
                  title: '',
                  dataIndex: 'hard',
                  render: (hard: boolean) =>
                    hard ? (
                      <Tag color="volcano">{t('worker.tierHard')}</Tag>
                    ) : (
                      <Tag>{t('worker.tierSoft')}</Tag>
                    ),
                },
                { title: t('worker.tierActual'), dataIndex: 'detail' },
                {
                  title: t('common.status'),
                  dataIndex: 'met',
                  render: (met: boolean) =>
                    met ? (
                      <Tag color="success">{t('worker.tierMet')}</Tag>
                    ) : (
                      <Tag color="error">{t('worker.tierMissing')}</Tag>
                    ),
                },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
