import type { FastifyRequest } from 'fastify';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { pickLang } from '../../platform/messages.ts';
import { problemOf } from '../../platform/problem.ts';
import { assignWorker } from './assign-worker.ts';

export type PlanItem = { orderId: string; workerId: string; startsAt?: string | null };

/**
 * POST /dispatch/plan/accept — the dispatcher accepts all or part of a plan (possibly changed on
 * the board). Each item is assigned on its own, through the same use case and checks as a single
 * assignment; one failing (a rule broken, the time taken meanwhile) does not stop the others, and
 * its problem is reported next to it.
 */
export async function acceptPlan(ctx: Ctx, req: FastifyRequest, items: PlanItem[]) {
  const lang = pickLang(req.headers['accept-language']);
  const results = [];
  for (const item of items) {
    try {
      const assignment = await assignWorker(ctx, item.orderId, {
        workerId: item.workerId,
        startsAt: item.startsAt,
      });
      results.push({ orderId: item.orderId, ok: true as const, assignment });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const p = problemOf(err, lang, req);
      results.push({
        orderId: item.orderId,
        ok: false as const,
        status: p.status,
        title: p.title,
        detail: p.detail,
      });
    }
  }
  return { results };
}
