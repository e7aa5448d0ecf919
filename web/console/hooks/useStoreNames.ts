/** Store id → name for the stores the user may see (first 100), fetched once per page load. */
import { useEffect, useState } from 'react';
import { api } from '../api';

let cache: Promise<Map<string, string>> | null = null;

function loadStoreNames(): Promise<Map<string, string>> {
  cache ??= api.stores
    .list({ limit: 100 })
    .then((page) => new Map(page.items.map((s) => [s.id, s.name])))
    .catch((error: unknown) => {
      cache = null;
      throw error;
    });
  return cache;
}

export function useStoreNames(): (storeId: string | null | undefined) => string {
  const [names, setNames] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    let alive = true;
    loadStoreNames()
      .then((map) => {
        if (alive) setNames(map);
      })
      .catch(() => {
        // ids stay unnamed; the page still works
      });
    return () => {
      alive = false;
    };
  }, []);
  return (storeId) => (storeId ? (names.get(storeId) ?? '—') : '—');
}
