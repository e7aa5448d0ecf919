/** The day board of a store (GET /dispatch/board), reloaded when the day or the store changes. */
import { useCallback, useEffect, useState } from 'react';
import { type ApiError, asApiError } from '../../../shared/problem';
import { dispatchApi } from './api';
import type { Board } from './types';

export function useBoard(date: string, storeId: string | undefined) {
  const [board, setBoard] = useState<Board | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);

  const reload = useCallback(() => {
    let alive = true;
    setLoading(true);
    setError(null);
    dispatchApi
      .board(date, storeId)
      .then((body) => alive && setBoard(body))
      .catch((caught: unknown) => {
        if (!alive) return;
        setBoard(null);
        setError(asApiError(caught));
      })
      .finally(() => alive && setLoading(false));
    return () => {
      alive = false;
    };
  }, [date, storeId]);

  useEffect(() => reload(), [reload]);

  return { board, loading, error, reload };
}
