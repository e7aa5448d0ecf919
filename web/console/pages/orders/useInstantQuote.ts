/** The instant price (POST /price-quote) of the params as they change, debounced; stale answers dropped. */
import { useEffect, useState } from 'react';
import { type ApiError, asApiError } from '../../../shared/problem';
import { catalogApi } from './api';
import type { InstantQuote, PriceParams } from './types';

export type QuoteRequest = PriceParams & { serviceTypeId: string };

export function useInstantQuote(request: QuoteRequest | null, delayMs = 300) {
  const [quote, setQuote] = useState<InstantQuote | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const key = request ? JSON.stringify(request) : '';

  useEffect(() => {
    if (!key) {
      setQuote(null);
      setError(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      catalogApi
        .priceQuote(JSON.parse(key) as QuoteRequest, controller.signal)
        .then((q) => {
          setQuote(q);
          setError(null);
        })
        .catch((caught: unknown) => {
          if (controller.signal.aborted) return;
          setQuote(null);
          setError(asApiError(caught));
        })
        .finally(() => {
          if (!controller.signal.aborted) setLoading(false);
        });
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, delayMs]);

  return { quote, error, loading };
}
