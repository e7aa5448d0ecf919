/** Select options for the workers' enumerations, labelled through the dictionary. */
import type { T } from '../../i18n';
import { EDUCATION_LEVELS, type Tier, WORKER_STATUSES, WORKER_TIERS, type WorkerStatus } from './types';

export const tierOptions = (t: T) => WORKER_TIERS.map((value) => ({ value, label: t(`tier.${value}`) }));

export const statusOptions = (t: T, only: readonly WorkerStatus[] = WORKER_STATUSES) =>
  only.map((value) => ({ value, label: t(`workerStatus.${value}`) }));

export const trustOptions = (t: T) =>
  (['green', 'yellow', 'red'] as const).map((value) => ({ value, label: t(`trust.${value}`) }));

export const educationOptions = (t: T) =>
  EDUCATION_LEVELS.map((value) => ({ value, label: t(`education.${value}`) }));

export const employmentOptions = (t: T) =>
  (['employee', 'intermediary'] as const).map((value) => ({ value, label: t(`employment.${value}`) }));

export const genderOptions = (t: T) =>
  (['female', 'male'] as const).map((value) => ({ value, label: t(`workers.gender.${value}`) }));

export const tierLabel = (t: T, tier: Tier | null) => (tier ? t(`tier.${tier}`) : t('tier.none'));

/** 周一 … 周日 for the API's 1–7 (0 is read as Sunday too). */
export const weekdayLabel = (t: T, day: number) => {
  const n = day === 0 ? 7 : day;
  return n >= 1 && n <= 7 ? t(`weekday.${n as 1 | 2 | 3 | 4 | 5 | 6 | 7}`) : String(day);
};
