import { z } from 'zod';

/** Query parameters every list accepts. Ids sort by creation time, so the cursor is the last id seen. */
export const ZPage = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('每页条数'),
  cursor: z.string().max(64).optional().describe('游标'),
});

export const zPageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** Given `limit + 1` rows fetched newest first, the page and the cursor to the next one. */
export function pageOf<T extends { id: string }>(
  rows: T[],
  limit: number,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? (items[items.length - 1]?.id ?? null) : null };
}
