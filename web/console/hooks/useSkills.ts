/** The company's skill list (GET /skills), fetched once per page load and shared by every page. */
import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../i18n';
import { workersApi } from '../pages/workers/api';
import type { Skill } from '../pages/workers/types';

let cache: Promise<Skill[]> | null = null;

function loadSkills(): Promise<Skill[]> {
  cache ??= workersApi
    .skills()
    .then((body) => body.items)
    .catch((error: unknown) => {
      cache = null;
      throw error;
    });
  return cache;
}

export interface Skills {
  skills: Skill[];
  /** Active skills as Select options, labelled in the current language. */
  options: { value: string; label: string }[];
}

export function useSkills(): Skills {
  const { lang } = useI18n();
  const [skills, setSkills] = useState<Skill[]>([]);

  useEffect(() => {
    let alive = true;
    loadSkills()
      .then((items) => {
        if (alive) setSkills(items);
      })
      .catch(() => {
        // the skill select stays empty; the list still works without it
      });
    return () => {
      alive = false;
    };
  }, []);

  const options = useMemo(
    () =>
      skills
        .filter((s) => s.status === 'active')
        .map((s) => ({ value: s.id, label: lang === 'en' ? s.nameEn || s.name : s.name })),
    [skills, lang],
  );
  return { skills, options };
}
