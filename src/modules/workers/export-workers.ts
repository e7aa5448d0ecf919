import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { authorize } from '../../platform/permissions.ts';
import { storeNames } from '../org/index.ts';
import { EXPORT_COLUMNS, exportRow } from './roster.xlsx.ts';
import type { ZWorkerQuery } from './schemas.ts';
import { skillsOfWorkers } from './skill.repository.ts';
import { cursorOf, listWorkerRows } from './worker.repository.ts';
import { toStaffListItem } from './worker.views.ts';
import { todayOf } from './worker-helpers.ts';

export const EXPORT_FILENAME = '家政员名册.xlsx';
const PAGE = 500;

/**
 * The worker list as a spreadsheet: the same filters, scope and sort as `GET /workers`, every
 * matching row, read 500 at a time and streamed out as they are read. Contact data is masked as
 * in the list (R16). Permission is checked before the first byte; a later database error ends
 * the stream (the client sees a truncated download, the log the error).
 */
export async function exportWorkers(ctx: Ctx, q: z.infer<typeof ZWorkerQuery>): Promise<Readable> {
  const scope = authorize(ctx.actor, 'worker.read');
  const companyId = ctx.actor.companyId;
  const today = todayOf(ctx);
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet('家政员名册', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = EXPORT_COLUMNS.map(([header, width]) => ({ header, width }));
  ws.getRow(1).font = { bold: true };

  const write = async () => {
    const names = new Map<string, string>();
    let cursor: string | undefined;
    for (;;) {
      if (out.destroyed) return; // the client went away
      const rows = await listWorkerRows(
        ctx.db,
        companyId,
        scope,
        { ...q, expiring: !!q.expiring, limit: PAGE, cursor },
        today,
      );
      const page = rows.slice(0, PAGE);
      const skills = await skillsOfWorkers(
        ctx.db,
        companyId,
        page.map((w) => w.id),
      );
      const unknownStores = [...new Set(page.map((w) => w.storeId))].filter((id) => !names.has(id));
      for (const [id, name] of await storeNames(ctx.db, companyId, unknownStores)) names.set(id, name);
      for (const w of page) {
        const item = toStaffListItem(w, skills.get(w.id) ?? [], today);
        ws.addRow(exportRow(item, w.idNumberMasked, names.get(w.storeId) ?? '')).commit();
      }
      if (rows.length <= PAGE) break;
      cursor = cursorOf(q.sort, page[page.length - 1]!);
      // Let a slow client drain what is written before reading the next page.
      if (out.writableNeedDrain) await drainOrClose(out);
    }
    ws.commit();
    await wb.commit();
  };
  write().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}

async function drainOrClose(s: PassThrough): Promise<void> {
  const ac = new AbortController();
  try {
    await Promise.race([once(s, 'drain', { signal: ac.signal }), once(s, 'close', { signal: ac.signal })]);
  } finally {
    ac.abort();
  }
}
