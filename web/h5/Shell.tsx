/** The signed-in H5: a bottom TabBar (找阿姨 / 预约 / 我的订单) over a tiny hash router. */
import { TabBar } from 'antd-mobile';
import { CalendarOutline, TeamOutline, UnorderedListOutline } from 'antd-mobile-icons';
import { useCallback, useEffect, useState } from 'react';
import type { Me } from './api';
import { BoardPage } from './BoardPage';
import { BookPage } from './BookPage';
import { useI18n } from './i18n';
import { OrderPage } from './OrderPage';
import { OrdersPage } from './OrdersPage';

export type Route = { tab: 'board' } | { tab: 'book' } | { tab: 'orders'; orderId?: string };

/** `#/book`, `#/orders`, `#/orders/<id>`; anything else is the board. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'book') return { tab: 'book' };
  if (parts[0] === 'orders')
    return parts[1] ? { tab: 'orders', orderId: decodeURIComponent(parts[1]) } : { tab: 'orders' };
  return { tab: 'board' };
}

export function routeHash(route: Route): string {
  if (route.tab === 'orders')
    return route.orderId ? `#/orders/${encodeURIComponent(route.orderId)}` : '#/orders';
  return route.tab === 'book' ? '#/book' : '#/';
}

export type Navigate = (route: Route) => void;

export function Shell({ me, onLogout }: { me: Me; onLogout: () => void }) {
  const { t } = useI18n();
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));

  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const navigate = useCallback<Navigate>((next) => {
    const hash = routeHash(next);
    if (window.location.hash !== hash) window.location.hash = hash;
    setRoute(next);
    window.scrollTo(0, 0);
  }, []);

  let page: React.ReactNode;
  if (route.tab === 'book') page = <BookPage onLogout={onLogout} navigate={navigate} />;
  else if (route.tab === 'orders' && route.orderId)
    page = <OrderPage key={route.orderId} id={route.orderId} navigate={navigate} />;
  else if (route.tab === 'orders') page = <OrdersPage onLogout={onLogout} navigate={navigate} />;
  else page = <BoardPage me={me} onLogout={onLogout} />;

  return (
    <div className="h5-shell">
      <div className="h5-shell-body">{page}</div>
      {/* On an order page no key is active, so a tap on 我的订单 goes back to the list (CSS keeps it lit). */}
      <div className="h5-tabbar" data-order-page={route.tab === 'orders' && route.orderId ? '' : undefined}>
        <TabBar
          activeKey={route.tab === 'orders' && route.orderId ? 'order' : route.tab}
          onChange={(key) => navigate({ tab: key as Route['tab'] } as Route)}
        >
          <TabBar.Item key="board" icon={<TeamOutline />} title={t('tab.board')} />
          <TabBar.Item key="book" icon={<CalendarOutline />} title={t('tab.book')} />
          <TabBar.Item key="orders" icon={<UnorderedListOutline />} title={t('tab.orders')} />
        </TabBar>
      </div>
    </div>
  );
}
