/** 我的订单: her orders newest first (cursor-paged), each opening the order page. */
import { Button, ErrorBlock, InfiniteScroll, List, NavBar, Tag } from 'antd-mobile';
import { useCallback, useState } from 'react';
import { asApiError } from '../shared/problem';
import { formatTime } from '../shared/time';
import { api, type MyOrderItem, type OrderStatus, yuan } from './api';
import { visitTime } from './BookPage';
import { type T, useI18n } from './i18n';
import { LangSwitch } from './LangSwitch';
import type { Navigate } from './Shell';

const PAGE = 20;

export const statusLabel = (t: T, status: OrderStatus) => t(`status.${status}`);
export const statusColor = (status: OrderStatus) =>
  status === 'cancelled' || status === 'terminated'
    ? 'default'
    : status === 'quoted' || status === 'inquiry'
      ? 'warning'
      : status === 'closed' || status === 'accepted' || status === 'settled' || status === 'followed_up'
        ? 'success'
        : 'primary';

export function OrdersPage({ onLogout, navigate }: { onLogout: () => void; navigate: Navigate }) {
  const { t } = useI18n();
  const [items, setItems] = useState<MyOrderItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const loadMore = useCallback(async () => {
    try {
      const page = await api.myOrders(PAGE, cursor);
      setItems((cur) => [...cur, ...page.items.filter((o) => !cur.some((x) => x.id === o.id))]);
      setCursor(page.nextCursor);
      setHasMore(page.nextCursor !== null);
    } catch (caught) {
      setError(asApiError(caught).message);
      setHasMore(false);
    }
  }, [cursor]);

  const retry = () => {
    setItems([]);
    setCursor(null);
    setError(null);
    setHasMore(true);
  };

  return (
    <div className="h5-page">
      <div className="h5-sticky">
        <NavBar
          back={null}
          left={<LangSwitch />}
          right={
            <Button size="mini" fill="none" onClick={onLogout}>
              {t('common.logout')}
            </Button>
          }
        >
          {t('orders.title')}
        </NavBar>
      </div>
      {items.length > 0 && (
        <List mode="card">
          {items.map((o) => (
            <List.Item
              key={o.id}
              clickable
              onClick={() => navigate({ tab: 'orders', orderId: o.id })}
              description={
                <>
                  {visitTime(o.windowStart, o.startDate)}
                  {o.quoteTotalFen !== null &&
                    ` · ${t('orders.quoteTotal', { amount: yuan(o.quoteTotalFen) })}`}
                </>
              }
              extra={<Tag color={statusColor(o.status)}>{statusLabel(t, o.status)}</Tag>}
            >
              <div className="h5-name" data-testid="my-order">
                {o.serviceName ?? '—'}
              </div>
              <div className="h5-muted">{formatTime(o.createdAt)}</div>
            </List.Item>
          ))}
        </List>
      )}
      {error ? (
        <ErrorBlock status="default" title={t('common.loadFailed')} description={error}>
          <Button color="primary" onClick={retry}>
            {t('common.retry')}
          </Button>
        </ErrorBlock>
      ) : !hasMore && items.length === 0 ? (
        <ErrorBlock status="empty" title={t('orders.empty')} description={t('orders.emptyHint')}>
          <Button color="primary" onClick={() => navigate({ tab: 'book' })}>
            {t('tab.book')}
          </Button>
        </ErrorBlock>
      ) : (
        <InfiniteScroll loadMore={loadMore} hasMore={hasMore}>
          {(more) => (more ? t('common.loading') : t('common.noMore'))}
        </InfiniteScroll>
      )}
    </div>
  );
}
