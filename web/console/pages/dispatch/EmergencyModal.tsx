/** 紧急换人: the worker did not come or had an accident; the order turns urgent. Render only while open. */
import { Form, Input, Radio } from 'antd';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { dispatchApi } from './api';

interface Values {
  kind: 'no_show' | 'accident';
  note: string;
}

export function EmergencyModal(props: { orderId: string; onDone: () => void; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      title={t('dispatch.emergency')}
      form={form}
      initialValues={{ kind: 'no_show' }}
      okText={t('dispatch.emergency')}
      onClose={props.onClose}
      onSubmit={async (v) => {
        await dispatchApi.emergency(props.orderId, { kind: v.kind, note: v.note.trim() });
        props.onDone();
      }}
    >
      <Form.Item name="kind" label={t('dispatch.emergencyKind')} rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: 'no_show', label: t('dispatch.emergency.no_show') },
            { value: 'accident', label: t('dispatch.emergency.accident') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('dispatch.emergencyNote')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('dispatch.emergencyNote') }),
          },
        ]}
      >
        <Input.TextArea autoFocus rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
