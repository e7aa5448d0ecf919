/** The itemized lines of a price (instant or issued) and its totals, ¥ from fen. */
import { Table, type TableColumnsType, Typography } from 'antd';
import { useI18n } from '../../i18n';
import { yuan } from './money';
import type { QuoteLine } from './types';

interface Props {
  lines: QuoteLine[];
  totalFen: number;
  monthlyTotalFen?: number | null;
  firstPaymentFen?: number | null;
}

export function QuoteLines({ lines, totalFen, monthlyTotalFen, firstPaymentFen }: Props) {
  const { t } = useI18n();
  const columns: TableColumnsType<QuoteLine> = [
    { dataIndex: 'name', key: 'name' },
    {
      key: 'qty',
      render: (_, l) => (l.unit === 'each' ? '' : `${l.quantity} × ${yuan(l.unitPriceFen)}`),
    },
    { dataIndex: 'amountFen', key: 'amount', align: 'right', render: (v: number) => yuan(v) },
  ];
  return (
    <div data-testid="quote-lines">
      <Table<QuoteLine>
        size="small"
        rowKey={(l, i) => `${l.kind}:${l.code}:${i}`}
        showHeader={false}
        columns={columns}
        dataSource={lines}
        pagination={false}
      />
      <div style={{ textAlign: 'right', marginTop: 8 }}>
        {monthlyTotalFen != null && (
          <div>
            {t('orderNew.monthly')} {yuan(monthlyTotalFen)}
          </div>
        )}
        {firstPaymentFen != null && (
          <div>
            {t('orderNew.firstPayment')} {yuan(firstPaymentFen)}
          </div>
        )}
        <Typography.Text strong style={{ fontSize: 18 }} data-testid="quote-total">
          {t('orderNew.total')} {yuan(totalFen)}
        </Typography.Text>
      </div>
    </div>
  );
}
