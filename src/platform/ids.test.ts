import { describe, expect, it } from 'vitest';
import { newId } from './ids.ts';

describe('newId', () => {
  it('sorts in creation order, also within one millisecond', () => {
    const now = Date.now() + 10_000; // one millisecond, many ids
    const ids = Array.from({ length: 2000 }, () => newId('aud', now));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    const later = newId('aud', now + 1);
    expect(later > ids.at(-1)!).toBe(true);
  });

  it('keeps the shape: prefix, 10 time characters, 16 random ones', () => {
    expect(newId('sto')).toMatch(/^sto_[0-9a-hjkmnp-tv-z]{26}$/);
  });
});
