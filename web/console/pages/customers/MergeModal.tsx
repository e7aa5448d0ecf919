/** 合并档案: pick the file to merge this one into (search by name or phone), confirm, merge. */
import { Alert, Button, Modal, Popconfirm, Space } from 'antd';
import { useCallback, useState } from 'react';
import { type ApiError, asApiError } from '../../../shared/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { type Option, RemoteSelect } from '../../components/RemoteSelect';
import { useI18n } from '../../i18n';
import { customersApi } from './api';
import type { Customer } from './types';

interface Props {
  customer: Customer;
  onClose: () => void;
  onMerged: (target: Customer) => void;
}

export function MergeModal({ customer, onClose, onMerged }: Props) {
  const { t } = useI18n();
  const [targetId, setTargetId] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const fetchOptions = useCallback(
    async (q: string): Promise<Option[]> => {
      const page = await customersApi.list({ q: q.trim() || undefined, limit: 20 });
      return page.items
        .filter((c) => c.id !== customer.id)
        .map((c) => ({ value: c.id, label: `${c.name}（${c.phones.map((p) => p.phone).join('、')}）` }));
    },
    [customer.id],
  );

  const merge = async () => {
    if (!targetId) return;
    setSaving(true);
    setError(null);
    try {
      onMerged(await customersApi.merge(customer.id, targetId));
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={`${t('customer.merge')} · ${customer.name}`}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Popconfirm
            title={t('customer.mergeConfirm', { name: customer.name })}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={merge}
            disabled={!targetId}
          >
            <Button type="primary" danger disabled={!targetId} loading={saving}>
              {t('customer.merge')}
            </Button>
          </Popconfirm>
        </Space>
      }
    >
      {error && <ProblemAlert error={error} unmatched={error.fieldErrors} />}
      <Alert type="info" showIcon title={t('customer.mergeHint')} style={{ marginBottom: 16 }} />
      <RemoteSelect
        value={targetId}
        onChange={setTargetId}
        fetchOptions={fetchOptions}
        placeholder={t('customer.mergeTarget')}
        style={{ width: '100%' }}
      />
    </Modal>
  );
}
