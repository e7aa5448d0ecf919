/**
 * Her order: status, who is coming (once dispatched), progress, the current quote (接受/拒绝) and
 * the contract (read, sign, PDF).
 */
import { Button, Dialog, ErrorBlock, List, NavBar, SpinLoading, Steps, Tag, Toast } from 'antd-mobile';
import { useCallback, useEffect, useState } from 'react';
import { asApiError } from '../shared/problem';
import { formatTime } from '../shared/time';
import { api, contractPdfUrl, type MyOrder, yuan } from './api';
import { visitTime } from './BookPage';
import { ContractSheet } from './ContractSheet';
import { type T, useI18n } from './i18n';
import { messages } from './messages';
import { statusColor, statusLabel } from './OrdersPage';
import { PriceLines } from './PriceLines';
import type { Navigate } from './Shell';
import { WhosComingCard } from './WhosComingCard';

type Key = Parameters<T>[0];

/** The event's label in the current language; the server's Chinese label when the dictionary has none. */
function eventLabel(t: T, e: MyOrder['timeline'][number]): string {
  const key = (
    e.action === 'contract_sign' ? `event.contract_sign.${String(e.data.party)}` : `event.${e.action}`
  ) as Key;
  return key in messages ? t(key) : e.label;
}

export function OrderPage({ id, navigate }: { id: string; navigate: Navigate }) {
  const { t } = useI18n();
  const [order, setOrder] = useState<MyOrder | null>(null);
  const [error, setError] = useState<{ status: number; message: string } | null>(null);
  const [deciding, setDeciding] = useState(false);
  const [signing, setSigning] = useState(false);

  const load = useCallback(() => {
    api
      .myOrder(id)
      .then((o) => {
        setOrder(o);
        setError(null);
      })
      .catch((e) => {
        const p = asApiError(e);
        setError({ status: p.status, message: p.message });
      });
  }, [id]);
  useEffect(load, [load]);

  const decide = async (quoteId: string, decision: 'accept' | 'reject') => {
    const ok = await Dialog.confirm({
      content: t(decision === 'accept' ? 'order.acceptConfirm' : 'order.rejectConfirm'),
      confirmText: t(decision === 'accept' ? 'order.accept' : 'order.reject'),
      cancelText: t('common.cancel'),
    });
    if (!ok) return;
    setDeciding(true);
    try {
      await api.decideQuote(quoteId, decision);
      Toast.show({
        icon: 'success',
        content: t(decision === 'accept' ? 'quote.accepted' : 'quote.rejected'),
      });
      load();
    } catch (caught) {
      Toast.show({ icon: 'fail', content: asApiError(caught).message });
      load();
    } finally {
      setDeciding(false);
    }
  };

  const header = (
    <div className="h5-sticky">
      <NavBar onBack={() => navigate({ tab: 'orders' })} backIcon>
        {t('order.title')}
      </NavBar>
    </div>
  );

  if (error)
    return (
      <div className="h5-page">
        {header}
        <ErrorBlock
          status={error.status === 404 ? 'empty' : 'default'}
          title={t('common.loadFailed')}
          description={error.message}
        >
          <Button color="primary" onClick={load}>
            {t('common.retry')}
          </Button>
        </ErrorBlock>
      </div>
    );
  if (!order)
    return (
      <div className="h5-page">
        {header}
        <div className="h5-center">
          <SpinLoading color="primary" />
        </div>
      </div>
    );

  const q = order.quote;
  const c = order.contract;
  const timeline = [...order.timeline].reverse();
  return (
    <div className="h5-page" data-testid="order-page">
      {header}
      <List mode="card">
        <List.Item
          extra={
            <Tag color={statusColor(order.status)} data-testid="order-status">
              {statusLabel(t, order.status)}
            </Tag>
          }
        >
          <div className="h5-name">{order.serviceName ?? '—'}</div>
        </List.Item>
        <List.Item extra={visitTime(order.windowStart, order.startDate)}>{t('order.time')}</List.Item>
        {order.quantity !== null && order.mode === 'visit' && (
          <List.Item extra={order.quantity}>{t('book.quantity')}</List.Item>
        )}
        <List.Item extra={[order.district, order.community].filter(Boolean).join(' ') || '—'}>
          {t('order.area')}
        </List.Item>
        {order.bookedPrice && (
          <List.Item extra={yuan(order.bookedPrice.firstPaymentFen ?? order.bookedPrice.totalFen)}>
            {t('order.bookedPrice')}
          </List.Item>
        )}
        <List.Item extra={<span className="h5-muted">{order.id}</span>}>{t('order.number')}</List.Item>
      </List>

      <WhosComingCard orderId={order.id} version={order} />

      {q && (
        <List
          mode="card"
          header={
            <span>
              {t('order.quote')}{' '}
              <Tag color={q.state === 'issued' ? 'warning' : 'default'}>{t(`quote.${q.state}`)}</Tag>
            </span>
          }
          data-testid="order-quote"
        >
          <PriceLines
            lines={q.lines}
            totalFen={q.totalFen}
            monthlyTotalFen={q.monthlyTotalFen}
            firstPaymentFen={q.firstPaymentFen}
          />
          <List.Item>
            <span className="h5-muted">
              {t('order.quoteVersion', { version: q.version, date: q.validUntil })}
            </span>
          </List.Item>
          {q.state === 'issued' && (
            <List.Item>
              <div className="h5-row-actions">
                <Button block disabled={deciding} onClick={() => decide(q.id, 'reject')}>
                  {t('order.reject')}
                </Button>
                <Button block color="primary" loading={deciding} onClick={() => decide(q.id, 'accept')}>
                  {t('order.accept')}
                </Button>
              </div>
            </List.Item>
          )}
        </List>
      )}

      {c && (
        <List
          mode="card"
          header={
            <span>
              {t('order.contract')}{' '}
              <Tag color={c.state === 'signed' ? 'success' : 'warning'} data-testid="contract-state">
                {t(`contract.${c.state}`)}
              </Tag>
            </span>
          }
        >
          <List.Item
            extra={<span className="h5-muted">{c.number}</span>}
            clickable
            onClick={() => setSigning(true)}
          >
            {c.state === 'draft' && !c.customerSigned ? t('order.readAndSign') : t('order.readContract')}
          </List.Item>
          <List.Item>
            <a className="h5-link" href={contractPdfUrl(c.id)} target="_blank" rel="noreferrer" download>
              {t('order.pdf')}
            </a>
          </List.Item>
        </List>
      )}

      <List mode="card" header={t('order.timeline')}>
        <List.Item>
          <Steps direction="vertical" current={0}>
            {timeline.map((e) => (
              <Steps.Step
                key={`${e.at}-${e.action}`}
                title={eventLabel(t, e)}
                description={formatTime(e.at)}
                status={e === timeline[0] ? 'process' : 'finish'}
              />
            ))}
          </Steps>
        </List.Item>
      </List>

      {c && signing && (
        <ContractSheet
          contractId={c.id}
          onClose={() => setSigning(false)}
          onSigned={() => {
            setSigning(false);
            load();
          }}
        />
      )}
    </div>
  );
}
