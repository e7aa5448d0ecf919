/**
 * 派单 on the order page (visit orders, contracted or dispatched, for dispatch.write): the live
 * assignment with 取消派单, or else the ranked shortlist; and the order's assignment history.
 */
import { App, Card, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../../shared/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { AssignmentCard } from './AssignmentCard';
import { AssignmentHistory } from './AssignmentHistory';
import { CancelAssignmentModal } from './CancelAssignmentModal';
import { EmergencyModal } from './EmergencyModal';
import { ShortlistPanel } from './ShortlistPanel';
import { type Assignment, isLive } from './types';
import { useAssignments } from './useAssignments';

export function DispatchSection({ orderId, onChanged }: { orderId: string; onChanged: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { items, loading, error, reload } = useAssignments(orderId);
  const [cancelling, setCancelling] = useState<Assignment | null>(null);
  const [emergency, setEmergency] = useState(false);
  const [refused, setRefused] = useState<ApiError | null>(null);
  const live = items?.find(isLive) ?? null;

  const changed = () => {
    setRefused(null);
    reload();
    onChanged();
  };

  return (
    <Card title={<span id="dispatch-title">{t('dispatch.title')}</span>} data-testid="dispatch-section">
      <section aria-labelledby="dispatch-title">
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {error && <ProblemAlert error={error} onRetry={reload} />}
          {refused && <ProblemAlert error={refused} />}
          {loading && <Spin style={{ display: 'block', margin: '24px auto' }} />}
          {live && (
            <AssignmentCard
              assignment={live}
              onCancel={() => setCancelling(live)}
              onEmergency={() => setEmergency(true)}
            />
          )}
          {items && !live && (
            <ShortlistPanel
              orderId={orderId}
              onAssigned={changed}
              onRefused={(e) => {
                setRefused(e);
                reload();
              }}
            />
          )}
          {items && (
            <>
              <Typography.Text strong>{t('dispatch.history')}</Typography.Text>
              <AssignmentHistory items={items} loading={false} />
            </>
          )}
        </Space>
      </section>
      {cancelling && (
        <CancelAssignmentModal
          assignment={cancelling}
          onClose={() => setCancelling(null)}
          onDone={() => {
            message.success(t('dispatch.cancelled'));
            setCancelling(null);
            changed();
          }}
        />
      )}
      {emergency && (
        <EmergencyModal
          orderId={orderId}
          onClose={() => setEmergency(false)}
          onDone={() => {
            message.success(t('order.done'));
            setEmergency(false);
            changed();
          }}
        />
      )}
    </Card>
  );
}
