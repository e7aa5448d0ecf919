import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case

/**
 * Prefixed, time-sortable ids (`sto_01jd…`): 10 characters of milliseconds then 16 random ones, so
 * ordering by id is ordering by creation, which makes cursor pagination simple.
 */
export function newId(prefix: string, now = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(16);
  let rand = '';
  for (const b of bytes) rand += ALPHABET[b % 32];
  return `${prefix}_${time}${rand}`;
}

export const ID_PREFIX = {
  company: 'cmp',
  store: 'sto',
  team: 'tm',
  user: 'usr',
  userRole: 'url',
  audit: 'aud',
} as const;
