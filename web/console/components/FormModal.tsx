/**
 * A modal holding one form: OK (保存) submits, field errors from the server land on their fields,
 * the problem's detail shows in an alert at the top. Render it only while open.
 */
import { Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useFormSubmit } from '../hooks/useFormSubmit';
import { useI18n } from '../i18n';
import { ProblemAlert } from './ProblemAlert';

interface Props<V> {
  title: ReactNode;
  form: FormInstance<V>;
  initialValues?: Partial<V>;
  /** Throws (an ApiError) to keep the modal open with the errors shown. */
  onSubmit: (values: V) => Promise<void>;
  onClose: () => void;
  okText?: string;
  width?: number;
  children: ReactNode;
}

export function FormModal<V extends object>(props: Props<V>) {
  const { title, form, initialValues, onSubmit, onClose, okText, width, children } = props;
  const { t } = useI18n();
  const { submitting, failure, run } = useFormSubmit(form);

  return (
    <Modal
      open
      title={title}
      width={width}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={submitting}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {failure && <ProblemAlert error={failure.error} unmatched={failure.unmatched} />}
      <Form<V>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void run(() => onSubmit(values))}
      >
        {children}
        {/* lets Enter in a text field submit the form */}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}
