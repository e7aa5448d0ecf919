/** One kind of record in a worker's file: a small table and an 添加 button opening its form. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Table, type TableColumnsType } from 'antd';
import { type ReactNode, useState } from 'react';
import { useI18n } from '../../i18n';
import { AddRecordModal } from './AddRecordModal';
import type { RecordKind } from './api';
import type { WorkerDetail } from './types';

interface Props<R> {
  title: ReactNode;
  worker: WorkerDetail;
  kind: RecordKind;
  rows: R[];
  columns: TableColumnsType<R>;
  canAdd: boolean;
  onChange: (worker: WorkerDetail) => void;
  testId?: string;
}

export function RecordCard<R extends { id: string }>(props: Props<R>) {
  const { title, worker, kind, rows, columns, canAdd, onChange, testId } = props;
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  return (
    <Card
      size="small"
      title={title}
      data-testid={testId}
      extra={
        canAdd && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('record.add')}
          </Button>
        )
      }
    >
      <Table<R>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('record.empty')} /> }}
      />
      {adding && (
        <AddRecordModal
          worker={worker}
          kind={kind}
          title={title}
          onClose={() => setAdding(false)}
          onSaved={(next) => {
            setAdding(false);
            onChange(next);
          }}
        />
      )}
    </Card>
  );
}
