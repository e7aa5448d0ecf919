/**
 * 安排面试 for one candidate: when (a Shanghai wall time, not in the past), 门店 or 视频, a note.
 * The server's 422 (at most 3 live interviews, a broken rule) or 409 (her hour is taken) shows at
 * the top. Render only while open.
 */
import { DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { BUSINESS_TZ } from '../../../shared/time';
import { FormModal } from '../../components/FormModal';
import { optional } from '../../format';
import { useI18n } from '../../i18n';
import type { Candidate } from '../dispatch/types';
import { todayShanghai } from '../workers/dates';
import { type InterviewMode, type PlacementInterview, placementsApi } from './placement-api';

interface Values {
  scheduledAt: Dayjs;
  mode: InterviewMode;
  note?: string;
}

/** The picked date and time read as Shanghai time, whatever the browser's own zone. */
const shanghaiInstant = (picked: Dayjs) =>
  dayjs.tz(picked.format('YYYY-MM-DDTHH:mm'), BUSINESS_TZ).toISOString();

export function InterviewModal(props: {
  orderId: string;
  candidate: Candidate;
  onDone: (interview: PlacementInterview) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const required = (field: string) => [{ required: true, message: t('common.selectRequired', { field }) }];
  return (
    <FormModal<Values>
      title={t('placing.scheduleFor', { name: props.candidate.name })}
      form={form}
      initialValues={{ mode: 'store' }}
      okText={t('placing.schedule')}
      onClose={props.onClose}
      onSubmit={async (v) => {
        const interview = await placementsApi.schedule(props.orderId, {
          workerId: props.candidate.workerId,
          scheduledAt: shanghaiInstant(v.scheduledAt),
          mode: v.mode,
          note: optional(v.note),
        });
        props.onDone(interview);
      }}
    >
      <Form.Item
        name="scheduledAt"
        label={t('placing.scheduledAt')}
        rules={required(t('placing.scheduledAt'))}
      >
        <DatePicker
          showTime={{ format: 'HH:mm', minuteStep: 15 }}
          format="YYYY-MM-DD HH:mm"
          disabledDate={(day) => day.format('YYYY-MM-DD') < todayShanghai()}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item name="mode" label={t('placing.mode')} rules={required(t('placing.mode'))}>
        <Radio.Group
          options={[
            { value: 'store', label: t('placing.mode.store') },
            { value: 'video', label: t('placing.mode.video') },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={t('placing.note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
