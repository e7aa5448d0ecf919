/** 待聘阿姨: filters, cards, infinite scroll over nextCursor, an empty state. */
import { Button, ErrorBlock, InfiniteScroll, NavBar } from 'antd-mobile';
import { useCallback, useRef, useState } from 'react';
import { asApiError } from '../shared/problem';
import { api, type BoardCard, type BoardQuery, type Me } from './api';
import { BoardFilters } from './BoardFilters';
import { useI18n } from './i18n';
import { LangSwitch } from './LangSwitch';
import { WorkerCard } from './WorkerCard';

const PAGE = 10;

export function BoardPage({ me, onLogout }: { me: Me; onLogout: () => void }) {
  const { t } = useI18n();
  const [query, setQuery] = useState<BoardQuery>({});
  const [items, setItems] = useState<BoardCard[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(true);
  const [error, setError] = useState<string | null>(null);
  // Answers for an older filter are dropped.
  const generation = useRef(0);

  const loadMore = useCallback(async () => {
    const mine = generation.current;
    try {
      const page = await api.board({ ...query, limit: PAGE, cursor });
      if (mine !== generation.current) return;
      setItems((current) => [...current, ...page.items.filter((c) => !current.some((x) => x.id === c.id))]);
      setCursor(page.nextCursor);
      setHasMore(page.nextCursor !== null);
      setError(null);
    } catch (caught) {
      if (mine !== generation.current) return;
      setError(asApiError(caught).message);
      setHasMore(false);
    }
  }, [query, cursor]);

  const changeQuery = (next: BoardQuery) => {
    generation.current += 1;
    setQuery(next);
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
          {t('board.title')}
        </NavBar>
        <BoardFilters value={query} onChange={changeQuery} />
      </div>
      <div className="h5-intro">
        {me.company.name} · {t('board.intro')}
      </div>
      {items.map((card) => (
        <WorkerCard key={card.id} card={card} />
      ))}
      {error ? (
        <ErrorBlock status="default" title={t('common.loadFailed')} description={error}>
          <Button color="primary" onClick={() => changeQuery({ ...query })}>
            {t('common.retry')}
          </Button>
        </ErrorBlock>
      ) : !hasMore && items.length === 0 ? (
        <ErrorBlock status="empty" title={t('board.empty')} description={t('board.emptyHint')} />
      ) : (
        <InfiniteScroll loadMore={loadMore} hasMore={hasMore}>
          {(more) => (more ? t('common.loading') : t('common.noMore'))}
        </InfiniteScroll>
      )}
    </div>
  );
}
