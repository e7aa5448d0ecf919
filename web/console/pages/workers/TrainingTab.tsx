/** 培训: trainings, including the pre-placement briefing (上户培训, R13). */
import { Tag } from 'antd';
import { useAuth } from '../../auth';
import { useI18n } from '../../i18n';
import { RecordCard } from './RecordCard';
import type { Training, WorkerDetail } from './types';

export function TrainingTab({
  worker,
  onChange,
}: {
  worker: WorkerDetail;
  onChange: (w: WorkerDetail) => void;
}) {
  const { t } = useI18n();
  const { can } = useAuth();
  return (
    <RecordCard<Training>
      worker={worker}
      onChange={onChange}
      title={t('training.title')}
      kind="training"
      rows={worker.trainings}
      canAdd={can('worker.write')}
      columns={[
        {
          title: t('record.kind'),
          dataIndex: 'kind',
          render: (k: Training['kind']) => (
            <Tag color={k === 'pre_placement' ? 'purple' : undefined}>{t(`training.kind.${k}`)}</Tag>
          ),
        },
        { title: t('training.course'), dataIndex: 'course' },
        { title: t('training.hours'), dataIndex: 'hours' },
        { title: t('training.trainedOn'), dataIndex: 'trainedOn' },
        {
          title: t('record.result'),
          dataIndex: 'result',
          render: (r: Training['result']) => (
            <Tag color={r === 'pass' ? 'success' : 'error'}>{t(`training.${r}`)}</Tag>
          ),
        },
      ]}
    />
  );
}
