/**
 * A cursor-paginated list ("加载更多"): loads the first page whenever `fetchPage` changes (make it
 * with useCallback over the filters), appends further pages, and patches rows in place.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, asApiError } from '../../shared/problem';
import type { Page } from '../types';

export interface CursorList<T> {
  items: T[];
  loading: boolean;
  error: ApiError | null;
  hasMore: boolean;
  loadMore: () => void;
  /** Reloads the first page; `ensure` is shown at the top if the first page does not hold it. */
  reload: (ensure?: T) => void;
  replace: (item: T) => void;
}

function mergeById<T extends { id: string }>(current: T[], next: T[]): T[] {
  const seen = new Set(current.map((item) => item.id));
  return [...current, ...next.filter((item) => !seen.has(item.id))];
}

export function useCursorList<T extends { id: string }>(
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
): CursorList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const generation = useRef(0);

  const load = useCallback(
    async (after: string | null, ensure?: T) => {
      const mine = after === null ? ++generation.current : generation.current;
      setLoading(true);
      setError(null);
      try {
        const page = await fetchPage(after);
        if (mine !== generation.current) return;
        setItems((current) => {
          if (after !== null) return mergeById(current, page.items);
          if (ensure && !page.items.some((item) => item.id === ensure.id)) return [ensure, ...page.items];
          return page.items;
        });
        setCursor(page.nextCursor);
      } catch (caught) {
        if (mine === generation.current) setError(asApiError(caught));
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [fetchPage],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  const loadMore = useCallback(() => {
    if (cursor !== null) void load(cursor);
  }, [cursor, load]);

  const reload = useCallback((ensure?: T) => void load(null, ensure), [load]);

  const replace = useCallback((item: T) => {
    setItems((current) => current.map((row) => (row.id === item.id ? item : row)));
  }, []);

  return { items, loading, error, hasMore: cursor !== null, loadMore, reload, replace };
}
