import type { Ctx } from '../../platform/context.ts';
import { workerDetail } from './worker-detail.ts';
import { loadWorkerFor, todayOf } from './worker-helpers.ts';

export async function getWorker(ctx: Ctx, id: string) {
  const w = await loadWorkerFor(ctx, 'worker.read', id);
  return workerDetail(ctx.db, w, todayOf(ctx));
}
