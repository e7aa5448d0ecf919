/** 出具报价: the params of a new quote version (quantity; months and wage for placements). */
import { Button, Form, InputNumber, Space } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useI18n } from '../../i18n';
import { ordersApi } from './api';
import type { OrderDetail } from './types';

interface IssueValues {
  quantity?: number | null;
  months?: number | null;
  monthlyWageYuan?: number | null;
  validDays?: number | null;
}

export function QuoteIssueForm({ order, onIssued }: { order: OrderDetail; onIssued: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<IssueValues>();
  const { submitting, failure, run } = useFormSubmit(form);
  const placement = order.mode === 'placement';

  const submit = (v: IssueValues) =>
    void run(async () => {
      await ordersApi.issueQuote(order.id, {
        ...(v.quantity ? { quantity: v.quantity } : {}),
        ...(placement && v.months ? { months: v.months } : {}),
        ...(placement && v.monthlyWageYuan != null
          ? { monthlyWageFen: Math.round(v.monthlyWageYuan * 100) }
          : {}),
        validDays: v.validDays ?? 7,
      });
      onIssued();
    });

  return (
    <Form<IssueValues>
      form={form}
      layout="inline"
      initialValues={{ quantity: order.quantity ?? undefined, validDays: 7 }}
      onFinish={submit}
      data-testid="quote-issue"
      style={{ rowGap: 8 }}
    >
      <Form.Item name="quantity" label={t('quote.quantity')}>
        <InputNumber aria-label={t('quote.quantity')} min={0.01} max={100000} step={0.5} />
      </Form.Item>
      {placement && (
        <>
          <Form.Item name="months" label={t('quote.months')}>
            <InputNumber min={1} max={60} precision={0} />
          </Form.Item>
          <Form.Item name="monthlyWageYuan" label={t('quote.wage')}>
            <InputNumber min={0} max={1000000} precision={2} />
          </Form.Item>
        </>
      )}
      <Form.Item name="validDays" label={t('quote.validDays')}>
        <InputNumber min={1} max={90} precision={0} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('quote.issue')}
        </Button>
      </Space>
      {failure && (
        <div style={{ width: '100%', marginTop: 8 }}>
          <ProblemAlert error={failure.error} unmatched={failure.unmatched} />
        </div>
      )}
    </Form>
  );
}
