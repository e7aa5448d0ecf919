/** The active service types (for selects and names), fetched once per page load. */
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n';
import { catalogApi } from './api';
import type { ServiceType } from './types';

let cache: Promise<ServiceType[]> | null = null;

function load(): Promise<ServiceType[]> {
  cache ??= catalogApi
    .serviceTypes()
    .then((r) => r.items)
    .catch((error: unknown) => {
      cache = null;
      throw error;
    });
  return cache;
}

export function useServiceTypes() {
  const { lang } = useI18n();
  const [items, setItems] = useState<ServiceType[]>([]);
  useEffect(() => {
    let alive = true;
    load()
      .then((list) => {
        if (alive) setItems(list);
      })
      .catch(() => {
        // the select stays empty; the page still works
      });
    return () => {
      alive = false;
    };
  }, []);
  const nameOf = (s: ServiceType) => (lang === 'en' && s.nameEn ? s.nameEn : s.name);
  return {
    items,
    options: items.map((s) => ({ value: s.id, label: nameOf(s) })),
    find: (id: string | undefined) => items.find((s) => s.id === id),
  };
}
