/**
 * 紧急换人 (danger): the worker did not come (爽约未到) or had an accident (意外). A note is required
 * and the step is confirmed; the answer — the order now urgent — shows the 5 best candidates with
 * their score parts and "订单已标记为紧急，请立即重新派单". Shown for a dispatched visit or a placement
 * in trial or in service, to holders of dispatch.write or order.write; renders nothing otherwise.
 */
import { Alert, App, Button, Empty, Form, Input, List, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../auth';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useI18n } from '../../i18n';
import { ScoreParts } from '../dispatch/CandidateTable';
import { CandidateTierTag, TrustLevelTag } from '../dispatch/tags';
import { type EmergencyKind, type EmergencyResult, placementsApi } from './placement-api';
import type { OrderDetail } from './types';

interface Values {
  kind: EmergencyKind;
  note: string;
}

/** A dispatched visit, or a placement with a worker in the home. */
export function canEmergency(order: OrderDetail): boolean {
  return order.mode === 'visit'
    ? order.status === 'dispatched'
    : order.status === 'trial' || order.status === 'in_service';
}

function NextCandidates({ result }: { result: EmergencyResult }) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }} data-testid="emergency-next">
      <Alert type="warning" showIcon title={t('placing.emergencyDone')} />
      <Typography.Text strong>{t('placing.emergencyNext')}</Typography.Text>
      <List
        size="small"
        dataSource={result.next}
        locale={{ emptyText: <Empty description={t('placing.noCandidates')} /> }}
        renderItem={(c, index) => (
          <List.Item key={c.workerId}>
            <Space orientation="vertical" size={4} style={{ width: '100%' }}>
              <Space size={6} wrap>
                <Typography.Text>{index + 1}.</Typography.Text>
                <Typography.Text strong>{c.name}</Typography.Text>
                <CandidateTierTag tier={c.tier} />
                <TrustLevelTag trust={c.trust} />
                <Typography.Text>
                  {t('placing.score')} {Math.round(c.score)}
                </Typography.Text>
                {c.distanceKm != null && (
                  <Typography.Text type="secondary">
                    {t('placing.km', { km: c.distanceKm.toFixed(1) })}
                  </Typography.Text>
                )}
              </Space>
              <ScoreParts parts={c.parts} />
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}

export function EmergencyButton({ order, onDone }: { order: OrderDetail; onDone: () => void }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const { modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submitting, failure, run, clearFailure } = useFormSubmit(form);
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<EmergencyResult | null>(null);
  const allowed = can('dispatch.write') || can('order.write');
  // Once open it stays until closed: the order reloads (and leaves its state) while the result shows.
  if (!open && !(allowed && canEmergency(order))) return null;

  const close = () => {
    setOpen(false);
    setResult(null);
    clearFailure();
    form.resetFields();
  };

  const confirm = (v: Values) =>
    modal.confirm({
      title: t('placing.emergencyConfirm'),
      content: t('placing.emergencyConfirmText'),
      okText: t('placing.emergency'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        run(async () => {
          const r = await placementsApi.emergency(order.id, { kind: v.kind, note: v.note.trim() });
          setResult(r);
          onDone();
        }),
    });

  const noteLabel = t('placing.emergencyNote');
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('placing.emergency')}
      </Button>
      {open && (
        <Modal
          open
          title={t('placing.emergency')}
          width={result ? 720 : undefined}
          okText={t('placing.emergency')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          confirmLoading={submitting}
          onOk={() => form.submit()}
          onCancel={close}
          footer={
            result
              ? [
                  <Button key="close" type="primary" onClick={close}>
                    {t('placing.close')}
                  </Button>,
                ]
              : undefined
          }
          mask={{ closable: false }}
          destroyOnHidden
        >
          {result ? (
            <NextCandidates result={result} />
          ) : (
            <>
              {failure && <ProblemAlert error={failure.error} unmatched={failure.unmatched} />}
              <Form<Values>
                form={form}
                layout="vertical"
                initialValues={{ kind: 'no_show' }}
                onFinish={confirm}
              >
                <Form.Item name="kind" label={t('placing.emergencyKind')} rules={[{ required: true }]}>
                  <Radio.Group
                    options={[
                      { value: 'no_show', label: t('placing.emergency.no_show') },
                      { value: 'accident', label: t('placing.emergency.accident') },
                    ]}
                  />
                </Form.Item>
                <Form.Item
                  name="note"
                  label={noteLabel}
                  rules={[
                    { required: true, whitespace: true, message: t('common.required', { field: noteLabel }) },
                  ]}
                >
                  <Input.TextArea autoFocus rows={3} maxLength={1000} />
                </Form.Item>
              </Form>
            </>
          )}
        </Modal>
      )}
    </>
  );
}
