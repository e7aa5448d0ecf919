/** Shows an API problem: its detail, field errors no field could show, and the request id. */
import { Alert, Button, Typography } from 'antd';
import type { ApiError, FieldError } from '../../shared/problem';
import { useI18n } from '../i18n';

interface Props {
  error: ApiError;
  unmatched?: FieldError[];
  onRetry?: () => void;
}

export function ProblemAlert({ error, unmatched = [], onRetry }: Props) {
  const { t } = useI18n();
  const { problem } = error;
  const requestId = problem.requestId;
  const hasDescription = unmatched.length > 0 || Boolean(requestId);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={problem.detail || problem.title}
      description={
        hasDescription ? (
          <>
            {unmatched.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {unmatched.map((item) => (
                  <li key={`${item.field}:${item.message}`}>
                    {item.label || item.field ? `${item.label ?? item.field}: ` : ''}
                    {item.message}
                  </li>
                ))}
              </ul>
            )}
            {requestId && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('common.requestId', { id: requestId })}
              </Typography.Text>
            )}
          </>
        ) : undefined
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
