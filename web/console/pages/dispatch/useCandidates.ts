/** The ranked shortlist of an order (GET /orders/:id/candidates), with the excluded ones on demand. */
import { useCallback, useEffect, useState } from 'react';
import { type ApiError, asApiError } from '../../../shared/problem';
import { dispatchApi } from './api';
import type { Candidates } from './types';

export function useCandidates(orderId: string, explain: boolean) {
  const [data, setData] = useState<Candidates | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const reload = useCallback(() => {
    let alive = true;
    setLoading(true);
    setError(null);
    dispatchApi
      .candidates(orderId, explain)
      .then((body) => alive && setData(body))
      .catch((caught: unknown) => alive && setError(asApiError(caught)))
      .finally(() => alive && setLoading(false));
    return () => {
      alive = false;
    };
  }, [orderId, explain]);

  useEffect(() => reload(), [reload]);

  return { data, loading, error, reload };
}
