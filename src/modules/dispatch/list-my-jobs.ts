import type { Ctx } from '../../platform/context.ts';
import { toWorkerJob } from './my-job.views.ts';
import { jobNotFound, my } from './my-job-helpers.ts';
import { jobOfWorker, pastJobsOf, upcomingJobsOf } from './my-jobs.repository.ts';

/** GET /my/jobs — her jobs today and upcoming (or `past`), address only inside the window (R16). */
export async function listMyJobs(ctx: Ctx, q: { when: 'upcoming' | 'past' }) {
  const w = await my(ctx);
  const now = ctx.clock.now();
  const rows =
    q.when === 'past'
      ? await pastJobsOf(ctx.db, ctx.actor.companyId, w.id, now)
      : await upcomingJobsOf(ctx.db, ctx.actor.companyId, w.id, now);
  return { worker: { name: w.name }, now: now.toISOString(), items: rows.map((r) => toWorkerJob(r, now)) };
}

/** GET /my/jobs/:id — one of her jobs (another worker's answers 404). */
export async function getMyJob(ctx: Ctx, id: string) {
  const w = await my(ctx);
  const row = await jobOfWorker(ctx.db, ctx.actor.companyId, w.id, id);
  if (!row) throw jobNotFound();
  return toWorkerJob(row, ctx.clock.now());
}
