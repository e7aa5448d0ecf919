/** 查看完整信息: the audited reveal of phone, ID number, emergency phone and wage account. */
import { EyeOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Modal, Typography } from 'antd';
import { useState } from 'react';
import { asApiError } from '../../../shared/problem';
import { useI18n } from '../../i18n';
import { workersApi } from './api';
import type { WorkerReveal } from './types';

export function RevealButton({ workerId }: { workerId: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [loading, setLoading] = useState(false);
  const [revealed, setRevealed] = useState<WorkerReveal | null>(null);

  const reveal = async () => {
    setLoading(true);
    try {
      setRevealed(await workersApi.reveal(workerId));
    } catch (caught) {
      message.error(asApiError(caught).message);
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <Button size="small" icon={<EyeOutlined />} loading={loading} onClick={reveal}>
        {t('worker.reveal')}
      </Button>
      <Modal
        open={revealed !== null}
        title={t('worker.revealTitle')}
        footer={null}
        onCancel={() => setRevealed(null)}
        destroyOnHidden
      >
        {revealed && (
          <>
            <Descriptions
              bordered
              size="small"
              column={1}
              items={[
                { key: 'phone', label: t('workers.phone'), children: revealed.phone },
                { key: 'id', label: t('workers.idNumber'), children: revealed.idNumber },
                {
                  key: 'ePhone',
                  label: t('workers.emergencyPhone'),
                  children: revealed.emergencyPhone ?? '—',
                },
                { key: 'bank', label: t('workers.bankAccount'), children: revealed.bankAccount ?? '—' },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t('worker.revealAudited')}
            </Typography.Paragraph>
          </>
        )}
      </Modal>
    </>
  );
}
