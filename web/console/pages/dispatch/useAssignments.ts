/** The assignments of one order (GET /orders/:id/assignments), newest first, with a reload. */
import { useCallback, useEffect, useState } from 'react';
import { type ApiError, asApiError } from '../../../shared/problem';
import { dispatchApi } from './api';
import type { Assignment } from './types';

export function useAssignments(orderId: string) {
  const [items, setItems] = useState<Assignment[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const reload = useCallback(() => {
    let alive = true;
    setError(null);
    dispatchApi
      .assignments(orderId)
      .then((body) => {
        if (alive) setItems([...body.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
      })
      .catch((caught: unknown) => alive && setError(asApiError(caught)));
    return () => {
      alive = false;
    };
  }, [orderId]);

  useEffect(() => reload(), [reload]);

  return { items, loading: items === null && !error, error, reload };
}
