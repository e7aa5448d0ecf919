/** 档期: working days and hours, leave and rest days. */
import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Space, Tag } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../auth';
import { useI18n } from '../../i18n';
import { weekdayLabel } from './options';
import { RecordCard } from './RecordCard';
import { ScheduleModal } from './ScheduleModal';
import type { Leave, WorkerDetail } from './types';

export function ScheduleTab({
  worker,
  onChange,
}: {
  worker: WorkerDetail;
  onChange: (w: WorkerDetail) => void;
}) {
  const { t } = useI18n();
  const { can } = useAuth();
  const [editing, setEditing] = useState(false);
  const { message } = App.useApp();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title={t('schedule.title')}
        extra={
          can('worker.write') &&
          worker.status !== 'blacklisted' && (
            <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('schedule.edit')}
            </Button>
          )
        }
      >
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'days',
              label: t('schedule.workDays'),
              children: (
                <Space size={[0, 4]} wrap>
                  {worker.workDays.map((d) => (
                    <Tag key={d}>{weekdayLabel(t, d)}</Tag>
                  ))}
                </Space>
              ),
            },
            { key: 'hours', label: t('schedule.hours'), children: `${worker.workStart}–${worker.workEnd}` },
          ]}
        />
      </Card>
      {editing && (
        <ScheduleModal
          worker={worker}
          onClose={() => setEditing(false)}
          onSaved={(next) => {
            setEditing(false);
            message.success(t('common.saved'));
            onChange(next);
          }}
        />
      )}
      <RecordCard<Leave>
        worker={worker}
        onChange={onChange}
        title={t('leave.title')}
        kind="leave"
        rows={worker.leaves}
        canAdd={can('worker.write')}
        columns={[
          {
            title: t('record.kind'),
            dataIndex: 'kind',
            render: (k: Leave['kind']) => (
              <Tag color={k === 'rest' ? 'green' : 'orange'}>{t(`leave.kind.${k}`)}</Tag>
            ),
          },
          { title: t('record.startsOn'), dataIndex: 'startsOn' },
          { title: t('record.endsOn'), dataIndex: 'endsOn' },
          { title: t('leave.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
        ]}
      />
    </Space>
  );
}
