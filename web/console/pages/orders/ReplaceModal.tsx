/**
 * 申请换人: 客户要求 or 试用不合格 with a reason. With the contract's quota used up it warns and asks
 * for an override reason, which only a store manager or an administrator (dispatch.override) may
 * give; the server's 422 (no override) or 403 (not allowed) shows at the top. Render only while open.
 */
import { Alert, Form, Input, Radio } from 'antd';
import { useAuth } from '../../auth';
import { FormModal } from '../../components/FormModal';
import { optional } from '../../format';
import { useI18n } from '../../i18n';
import { placementsApi, type ReplaceBody, type ReplacementList } from './placement-api';

interface Values {
  kind: ReplaceBody['kind'];
  reason: string;
  override?: string;
}

export function ReplaceModal(props: {
  orderId: string;
  quota: ReplacementList;
  onDone: (left: number) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { can } = useAuth();
  const [form] = Form.useForm<Values>();
  const { used, quota, left } = props.quota;
  const exhausted = left <= 0;
  const canOverride = can('dispatch.override');
  const reasonLabel = t('placing.replaceReason');
  const overrideLabel = t('placing.overrideReason');
  return (
    <FormModal<Values>
      title={t('placing.replace')}
      form={form}
      initialValues={{ kind: 'customer_request' }}
      okText={t('placing.replace')}
      onClose={props.onClose}
      onSubmit={async (v) => {
        const override = exhausted ? optional(v.override) : undefined;
        const body: ReplaceBody = { kind: v.kind, reason: v.reason.trim() };
        if (override) body.override = { reason: override };
        const r = await placementsApi.replace(props.orderId, body);
        props.onDone(r.left);
      }}
    >
      <Alert
        type={exhausted ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 16 }}
        title={exhausted ? t('placing.quotaGone', { quota }) : t('placing.quotaUsed', { used, quota })}
        description={exhausted && !canOverride ? t('placing.quotaGoneAsk') : undefined}
      />
      <Form.Item name="kind" label={t('placing.replaceKind')} rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: 'customer_request', label: t('placing.kind.customer_request') },
            { value: 'failed_trial', label: t('placing.kind.failed_trial') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={reasonLabel}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: reasonLabel }) }]}
      >
        <Input.TextArea autoFocus rows={3} maxLength={500} />
      </Form.Item>
      {exhausted && (
        <Form.Item
          name="override"
          label={overrideLabel}
          rules={[
            {
              required: canOverride,
              whitespace: true,
              message: t('common.required', { field: overrideLabel }),
            },
          ]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
    </FormModal>
  );
}
