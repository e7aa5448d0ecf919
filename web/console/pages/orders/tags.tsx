/** The small tags of the orders area: order status, routing, urgent, quote and contract states. */
import { Tag } from 'antd';
import { useI18n } from '../../i18n';
import type { ContractState, OrderState, QuoteState, Routing } from './types';

const STATUS_COLORS: Partial<Record<OrderState, string>> = {
  inquiry: 'default',
  confirmed: 'blue',
  assessment: 'cyan',
  quoted: 'gold',
  contracted: 'green',
  dispatched: 'geekblue',
  in_service: 'processing',
  cancelled: 'default',
  terminated: 'red',
  closed: 'default',
};

export function OrderStatusTag({ status }: { status: OrderState }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status] ?? 'purple'} data-testid="order-status">
      {t(`order.status.${status}`)}
    </Tag>
  );
}

const ROUTING_COLORS: Record<Routing, string> = {
  unrouted: 'default',
  pending: 'orange',
  accepted: 'green',
  clarifying: 'gold',
  offered: 'red',
};

export function RoutingTag({ routing }: { routing: Routing }) {
  const { t } = useI18n();
  return (
    <Tag color={ROUTING_COLORS[routing]} data-testid="order-routing">
      {t(`order.routing.${routing}`)}
    </Tag>
  );
}

export function UrgentTag({ urgent }: { urgent: boolean }) {
  const { t } = useI18n();
  return urgent ? <Tag color="red">{t('orders.urgent')}</Tag> : null;
}

const QUOTE_COLORS: Record<QuoteState, string> = {
  issued: 'blue',
  accepted: 'green',
  rejected: 'red',
  superseded: 'default',
};

export function QuoteStateTag({ state }: { state: QuoteState }) {
  const { t } = useI18n();
  return <Tag color={QUOTE_COLORS[state]}>{t(`quote.state.${state}`)}</Tag>;
}

const CONTRACT_COLORS: Record<ContractState, string> = {
  draft: 'orange',
  customer_signed: 'blue',
  signed: 'green',
  superseded: 'default',
};

export function ContractStateTag({ state }: { state: ContractState }) {
  const { t } = useI18n();
  return (
    <Tag color={CONTRACT_COLORS[state]} data-testid="contract-state">
      {t(`contract.state.${state}`)}
    </Tag>
  );
}
