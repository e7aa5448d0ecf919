/** How many orders wait in the store inbox (menu badge); re-read whenever the page changes. */
import { useEffect, useState } from 'react';
import { ordersApi } from './api';

export function useInboxCount(enabled: boolean, pathname: string): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    void pathname; // re-count after navigating (e.g. after 接单)
    ordersApi
      .inbox()
      .then((r) => {
        if (alive) setCount(r.items.length);
      })
      .catch(() => {
        // no badge
      });
    return () => {
      alive = false;
    };
  }, [enabled, pathname]);
  return count;
}
