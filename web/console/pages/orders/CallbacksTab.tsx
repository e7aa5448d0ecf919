/** 回访 of one order: the open callbacks, 安排回访 and 完成回访. */
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../auth';
import { useI18n } from '../../i18n';
import { AddCallbackModal, CompleteCallbackModal } from './CallbackModals';
import type { Callback } from './types';
import { useUserNames } from './useUserNames';

export function CallbacksTab({
  orderId,
  callbacks,
  onChanged,
}: {
  orderId: string;
  callbacks: Callback[];
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const userName = useUserNames();
  const [adding, setAdding] = useState(false);
  const [completing, setCompleting] = useState<string | null>(null);
  const writable = can('callback.write');
  const done = () => {
    message.success(t('common.saved'));
    setAdding(false);
    setCompleting(null);
    onChanged();
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {writable && (
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('callbacks.add')}
        </Button>
      )}
      {callbacks.length === 0 ? (
        <Empty description={t('callbacks.empty')} />
      ) : (
        <List
          dataSource={callbacks}
          renderItem={(cb) => (
            <List.Item
              actions={
                writable && cb.state === 'open'
                  ? [
                      <Button key="done" size="small" onClick={() => setCompleting(cb.id)}>
                        {t('callbacks.complete')}
                      </Button>,
                    ]
                  : []
              }
            >
              <Space wrap>
                <Tag>{t(`callbacks.state.${cb.state}`)}</Tag>
                <Typography.Text strong>{cb.dueOn}</Typography.Text>
                <span>{cb.reason}</span>
                <Typography.Text type="secondary">{userName(cb.ownerUserId)}</Typography.Text>
                {cb.outcome && <Typography.Text type="secondary">{cb.outcome}</Typography.Text>}
              </Space>
            </List.Item>
          )}
        />
      )}
      {adding && <AddCallbackModal orderId={orderId} onDone={done} onClose={() => setAdding(false)} />}
      {completing && (
        <CompleteCallbackModal callbackId={completing} onDone={done} onClose={() => setCompleting(null)} />
      )}
    </Space>
  );
}
