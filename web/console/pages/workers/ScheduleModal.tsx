/** 修改工作时间: working days (周一…周日) and hours; the server checks start < end (422). */
import { Checkbox, Form, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { workersApi } from './api';
import { weekdayLabel } from './options';
import type { WorkerDetail } from './types';

interface ScheduleForm {
  workDays: number[];
  workStart: Dayjs;
  workEnd: Dayjs;
}

interface Props {
  worker: WorkerDetail;
  onClose: () => void;
  onSaved: (worker: WorkerDetail) => void;
}

const hhmm = (value: string) => dayjs(`2000-01-01T${value}`);

export function ScheduleModal({ worker, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<ScheduleForm>();
  const required = (key: 'schedule.start' | 'schedule.end') => [
    { required: true, message: t('common.selectRequired', { field: t(key) }) },
  ];
  return (
    <FormModal<ScheduleForm>
      title={t('schedule.edit')}
      form={form}
      initialValues={{
        workDays: worker.workDays,
        workStart: hhmm(worker.workStart),
        workEnd: hhmm(worker.workEnd),
      }}
      onSubmit={async (v) =>
        onSaved(
          await workersApi.update(worker.id, {
            workDays: [...v.workDays].sort((a, b) => a - b),
            workStart: v.workStart.format('HH:mm'),
            workEnd: v.workEnd.format('HH:mm'),
          }),
        )
      }
      onClose={onClose}
    >
      <Form.Item name="workDays" label={t('schedule.workDays')}>
        <Checkbox.Group
          options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: d, label: weekdayLabel(t, d) }))}
        />
      </Form.Item>
      <Form.Item name="workStart" label={t('schedule.start')} rules={required('schedule.start')}>
        <TimePicker format="HH:mm" minuteStep={15} />
      </Form.Item>
      <Form.Item name="workEnd" label={t('schedule.end')} rules={required('schedule.end')}>
        <TimePicker format="HH:mm" minuteStep={15} />
      </Form.Item>
    </FormModal>
  );
}
