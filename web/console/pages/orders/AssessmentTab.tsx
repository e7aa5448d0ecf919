/** 评估 (R8): the order's assessments, 安排评估 while confirmed, 记录结果 for an unrecorded one. */
import { App, Button, Descriptions, Empty, List, Space, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useAuth } from '../../auth';
import { formatTime } from '../../format';
import { useI18n } from '../../i18n';
import { problemText } from '../workers/useWorkerAction';
import { RecordAssessmentModal, ScheduleAssessmentModal } from './AssessmentModals';
import { ordersApi } from './api';
import type { Assessment, OrderDetail } from './types';
import { useUserNames } from './useUserNames';

export function AssessmentTab({ order, onChanged }: { order: OrderDetail; onChanged: () => void }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const userName = useUserNames();
  const [items, setItems] = useState<Assessment[]>([]);
  const [scheduling, setScheduling] = useState(false);
  const [recording, setRecording] = useState<string | null>(null);
  const writable = can('quote.write');

  const load = useCallback(() => {
    ordersApi
      .assessments(order.id)
      .then((r) => setItems(r.items))
      .catch((caught: unknown) => message.error(problemText(caught)));
  }, [order.id, message]);
  useEffect(load, [load]);

  const done = () => {
    message.success(t('common.saved'));
    setScheduling(false);
    setRecording(null);
    load();
    onChanged();
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {writable && order.actions.includes('schedule_assessment') && (
        <Button onClick={() => setScheduling(true)}>{t('assess.schedule')}</Button>
      )}
      {items.length === 0 ? (
        <Empty description={t('assess.none')} />
      ) : (
        <List
          dataSource={items}
          renderItem={(a) => (
            <List.Item
              actions={
                writable && !a.recordedAt
                  ? [
                      <Button key="rec" size="small" onClick={() => setRecording(a.id)}>
                        {t('assess.record')}
                      </Button>,
                    ]
                  : []
              }
            >
              <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                <Descriptions.Item label={t('assess.scheduledAt')}>
                  {formatTime(a.scheduledAt)}
                </Descriptions.Item>
                <Descriptions.Item label={t('assess.assessor')}>
                  {userName(a.assessorUserId)}
                </Descriptions.Item>
                <Descriptions.Item label={t('common.status')}>
                  <Tag color={a.recordedAt ? 'green' : 'orange'}>
                    {t(a.recordedAt ? 'assess.recorded' : 'assess.pending')}
                  </Tag>
                </Descriptions.Item>
                {a.recordedAt && (
                  <>
                    <Descriptions.Item label={t('assess.areaM2')}>{a.areaM2}</Descriptions.Item>
                    <Descriptions.Item label={t('assess.rooms')}>{a.rooms}</Descriptions.Item>
                    <Descriptions.Item label={t('assess.requirements')}>
                      {a.requirements || '—'}
                    </Descriptions.Item>
                  </>
                )}
              </Descriptions>
            </List.Item>
          )}
        />
      )}
      {scheduling && (
        <ScheduleAssessmentModal orderId={order.id} onDone={done} onClose={() => setScheduling(false)} />
      )}
      {recording && (
        <RecordAssessmentModal assessmentId={recording} onDone={done} onClose={() => setRecording(null)} />
      )}
    </Space>
  );
}
