/** Price lines + total (instant price and the company's quote look the same). */
import { List } from 'antd-mobile';
import { type PriceLine, yuan } from './api';
import { useI18n } from './i18n';

export function PriceLines({
  lines,
  totalFen,
  monthlyTotalFen,
  firstPaymentFen,
}: {
  lines: PriceLine[];
  totalFen: number;
  monthlyTotalFen?: number | null;
  firstPaymentFen?: number | null;
}) {
  const { t } = useI18n();
  return (
    <>
      {lines.map((l) => (
        <List.Item
          key={`${l.kind}-${l.code}`}
          extra={<span className={l.amountFen < 0 ? 'h5-discount' : undefined}>{yuan(l.amountFen)}</span>}
          description={`${l.quantity} × ${yuan(l.unitPriceFen)}`}
        >
          {l.name}
        </List.Item>
      ))}
      {monthlyTotalFen != null && <List.Item extra={yuan(monthlyTotalFen)}>{t('book.monthly')}</List.Item>}
      {firstPaymentFen != null ? (
        <List.Item extra={<strong className="h5-total">{yuan(firstPaymentFen)}</strong>}>
          {t('book.firstPayment')}
        </List.Item>
      ) : (
        <List.Item extra={<strong className="h5-total">{yuan(totalFen)}</strong>}>
          {t('book.total')}
        </List.Item>
      )}
    </>
  );
}
