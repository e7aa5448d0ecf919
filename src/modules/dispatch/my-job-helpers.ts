import type { Db } from '../../db/client.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { authorize } from '../../platform/permissions.ts';
import { workerOfUser } from './my-jobs.repository.ts';

/** The worker file of the logged-in worker; 403 for anyone else, 404 when no file is linked. */
export async function my(ctx: Ctx, db: Db = ctx.db) {
  authorize(ctx.actor, 'job.self');
  const w = await workerOfUser(db, ctx.actor.companyId, ctx.actor.userId);
  if (!w) throw new AppError('NOT_FOUND', { entity: 'worker' });
  return w;
}

export const jobNotFound = () => notFound('job');
