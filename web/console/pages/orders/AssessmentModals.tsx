/** 安排评估 (time + assessor) and 记录结果 (area, rooms, habits, requirements). Render only while open. */
import { DatePicker, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import { useAuth, useMe } from '../../auth';
import { FormModal } from '../../components/FormModal';
import { UserSelect } from '../../components/UserSelect';
import { useI18n } from '../../i18n';
import { ordersApi } from './api';
import type { AssessmentRecord } from './types';

interface Close {
  onDone: () => void;
  onClose: () => void;
}

export function ScheduleAssessmentModal({ orderId, onDone, onClose }: Close & { orderId: string }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const me = useMe();
  const [form] = Form.useForm<{ scheduledAt: Dayjs; assessorUserId: string }>();
  return (
    <FormModal<{ scheduledAt: Dayjs; assessorUserId: string }>
      title={t('assess.schedule')}
      form={form}
      initialValues={{ assessorUserId: me.user.id }}
      onClose={onClose}
      onSubmit={async (v) => {
        await ordersApi.scheduleAssessment(orderId, {
          scheduledAt: v.scheduledAt.toISOString(),
          assessorUserId: v.assessorUserId,
        });
        onDone();
      }}
    >
      <Form.Item
        name="scheduledAt"
        label={t('assess.scheduledAt')}
        rules={[{ required: true, message: t('common.selectRequired', { field: t('assess.scheduledAt') }) }]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm', minuteStep: 15 }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item name="assessorUserId" label={t('assess.assessor')} rules={[{ required: true }]}>
        {can('user.read') ? (
          <UserSelect activeOnly extraOptions={[{ value: me.user.id, label: me.user.displayName }]} />
        ) : (
          <Input disabled value={me.user.displayName} />
        )}
      </Form.Item>
    </FormModal>
  );
}

export function RecordAssessmentModal({ assessmentId, onDone, onClose }: Close & { assessmentId: string }) {
  const { t } = useI18n();
  const [form] = Form.useForm<AssessmentRecord>();
  const need = (field: string) => [{ required: true, message: t('common.required', { field }) }];
  return (
    <FormModal<AssessmentRecord>
      title={t('assess.record')}
      form={form}
      onClose={onClose}
      onSubmit={async (v) => {
        await ordersApi.recordAssessment(assessmentId, {
          areaM2: v.areaM2,
          rooms: v.rooms,
          habits: v.habits?.trim() ?? '',
          requirements: v.requirements?.trim() ?? '',
        });
        onDone();
      }}
    >
      <Form.Item name="areaM2" label={t('assess.areaM2')} rules={need(t('assess.areaM2'))}>
        <InputNumber min={0.01} max={100000} precision={2} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="rooms" label={t('assess.rooms')} rules={need(t('assess.rooms'))}>
        <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="habits" label={t('assess.habits')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item name="requirements" label={t('assess.requirements')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
