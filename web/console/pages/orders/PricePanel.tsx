/** The instant price panel of the new-order form. */
import { Alert, Card, Spin, Typography } from 'antd';
import { useI18n } from '../../i18n';
import { QuoteLines } from './QuoteLines';
import { type QuoteRequest, useInstantQuote } from './useInstantQuote';

export function PricePanel({ request }: { request: QuoteRequest | null }) {
  const { t } = useI18n();
  const { quote, error, loading } = useInstantQuote(request);
  return (
    <Card size="small" title={t('orderNew.price')} extra={loading && <Spin size="small" />}>
      {!request && <Typography.Text type="secondary">{t('orderNew.priceHint')}</Typography.Text>}
      {request && error && (
        <Alert
          type="warning"
          showIcon
          title={error.problem.detail || error.problem.title}
          description={error.fieldErrors.map((f) => f.message).join('；') || undefined}
        />
      )}
      {request && quote && (
        <QuoteLines
          lines={quote.lines}
          totalFen={quote.totalFen}
          monthlyTotalFen={quote.monthlyTotalFen}
          firstPaymentFen={quote.firstPaymentFen}
        />
      )}
    </Card>
  );
}
