/** 拉黑: irreversible, so behind a Popconfirm that also asks for the reason. */
import { StopOutlined } from '@ant-design/icons';
import { Button, Input, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { workersApi } from './api';
import type { WorkerDetail } from './types';
import { useWorkerAction } from './useWorkerAction';

export function BlacklistButton({
  worker,
  onChange,
}: {
  worker: WorkerDetail;
  onChange: (w: WorkerDetail) => void;
}) {
  const { t } = useI18n();
  const act = useWorkerAction(onChange);
  const [reason, setReason] = useState('');
  return (
    <Popconfirm
      title={t('worker.blacklist')}
      description={
        <Space orientation="vertical" style={{ width: 300 }}>
          <Typography.Text type="danger">
            {t('worker.blacklistConfirm', { name: worker.name })}
          </Typography.Text>
          <Input.TextArea
            aria-label={t('worker.blacklistReason')}
            placeholder={t('worker.blacklistReason')}
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
            autoSize={{ minRows: 2, maxRows: 4 }}
          />
        </Space>
      }
      okText={t('worker.blacklist')}
      okButtonProps={{ danger: true, disabled: reason.trim() === '' }}
      cancelText={t('common.cancel')}
      onConfirm={() => act(() => workersApi.blacklist(worker.id, reason.trim()), 'worker.blacklisted')}
    >
      <Button danger icon={<StopOutlined />}>
        {t('worker.blacklist')}
      </Button>
    </Popconfirm>
  );
}
