/**
 * A modal asking for one required text (a reason, an outcome): trimmed, never blank, server field
 * errors shown on it. Render it only while open.
 */
import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { FormModal } from './FormModal';

interface Props {
  title: ReactNode;
  /** The body field the server expects (its field errors land here). */
  name: string;
  label: string;
  okText: string;
  maxLength?: number;
  onSubmit: (text: string) => Promise<void>;
  onClose: () => void;
}

export function TextModal({ title, name, label, okText, maxLength = 500, onSubmit, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Record<string, string>>();
  return (
    <FormModal<Record<string, string>>
      title={title}
      form={form}
      okText={okText}
      onClose={onClose}
      onSubmit={async (v) => onSubmit((v[name] ?? '').trim())}
    >
      <Form.Item
        name={name}
        label={label}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: label }) }]}
      >
        <Input.TextArea
          autoFocus
          rows={maxLength > 500 ? 4 : 3}
          maxLength={maxLength}
          showCount={maxLength > 500}
        />
      </Form.Item>
    </FormModal>
  );
}
