/** A 409 CUSTOMER_DUPLICATE: the files already holding the phone, and a "仍然创建" button. */
import { Alert, Button, Space } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../messages';
import type { Duplicate } from './types';

interface Props {
  duplicates: Duplicate[];
  /** Without it the caller offers its own "proceed" (e.g. the modal's OK button). */
  onProceed?: () => void;
  proceeding?: boolean;
  proceedLabel?: MessageKey;
}

export function DuplicateAlert({
  duplicates,
  onProceed,
  proceeding,
  proceedLabel = 'dup.createAnyway',
}: Props) {
  const { t } = useI18n();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="duplicates"
      style={{ marginBottom: 16 }}
      title={t('dup.title')}
      description={
        <Space orientation="vertical" size={4}>
          <span>{t('dup.body')}</span>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {duplicates.map((d) => (
              <li key={d.id}>
                <Link to={`/customers/${d.id}`} target="_blank">
                  {d.name}
                </Link>{' '}
                {d.maskedPhone}
              </li>
            ))}
          </ul>
        </Space>
      }
      action={
        onProceed && (
          <Button size="small" danger loading={proceeding} onClick={onProceed}>
            {t(proceedLabel)}
          </Button>
        )
      }
    />
  );
}
