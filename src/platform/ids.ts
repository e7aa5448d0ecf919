import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case

/**
 * Prefixed, time-sortable ids (`sto_01jd…`): 10 characters of milliseconds then 16 random ones, so
 * ordering by id is ordering by creation, which makes cursor pagination simple. Within one process
 * ids of the same millisecond are monotonic too (the random part of the previous id plus one, as
 * ULIDs do), so rows written together — an audit trail, a timeline — keep their order.
 */
let lastTime = -1;
let lastRand: number[] = [];

export function newId(prefix: string, now = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  let digits: number[];
  if (now === lastTime) {
    digits = [...lastRand];
    for (let i = digits.length - 1; i >= 0; i--) {
      digits[i] = (digits[i]! + 1) % 32;
      if (digits[i] !== 0) break;
    }
  } else {
    digits = [...randomBytes(16)].map((b) => b % 32);
  }
  if (now >= lastTime) {
    lastTime = now;
    lastRand = digits;
  }
  return `${prefix}_${time}${digits.map((d) => ALPHABET[d]).join('')}`;
}

export const ID_PREFIX = {
  company: 'cmp',
  store: 'sto',
  team: 'tm',
  user: 'usr',
  userRole: 'url',
  audit: 'aud',
} as const;
