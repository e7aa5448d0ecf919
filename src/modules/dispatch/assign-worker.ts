import { and, eq } from 'drizzle-orm';
import { workers } from '../../db/schema/workers.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, invalidField, notFound } from '../../platform/errors.ts';
import { invalidState, loadOrderFor } from '../orders/index.ts';
import { toAssignmentView } from './assignment.views.ts';
import { loadDispatchSettings } from './company-settings.ts';
import type { Violation } from './eligibility.rules.ts';
import { placeAssignment, visitReleaseWindow } from './place-assignment.ts';
import { buildShortlist } from './shortlist.ts';

export type AssignInput = { workerId: string; startsAt?: string | null };

/** 422 naming every hard rule the worker breaks (nothing is written). */
export function ruleBroken(name: string, violations: Violation[]): AppError {
  return new AppError(
    'DISPATCH_RULE_BROKEN',
    {
      reason: {
        zh: `${name}不能派此单：${violations.map((v) => v.reason).join('；')}`,
        en: `${name} breaks dispatch rules: ${violations.map((v) => v.rule).join(', ')}`,
      },
    },
    undefined,
    { violations },
  );
}

/**
 * POST /orders/:id/assign — a dispatcher gives a visit to a worker (R17, R18). The hard rules are
 * checked first (422 with the rule broken); the time is then held by the database's exclusion
 * constraint, which decides between dispatchers racing for the same worker (409 naming the job).
 * With offers on, the worker must accept within the company's time limit.
 */
export async function assignWorker(ctx: Ctx, orderId: string, input: AssignInput) {
  return ctx.db.transaction(async (tx) => {
    const order = await loadOrderFor(ctx, 'dispatch.write', orderId, tx);
    if (order.mode !== 'visit') {
      throw invalidState('上户订单请安排面试，由客户选定家政员', 'Placements are filled through interviews');
    }
    if (order.status !== 'contracted' && order.status !== 'dispatched') {
      throw invalidState('订单签约后才能派单', 'Only contracted orders can be dispatched');
    }
    const [worker] = await tx
      .select({ id: workers.id, name: workers.name })
      .from(workers)
      .where(and(eq(workers.companyId, order.companyId), eq(workers.id, input.workerId)));
    if (!worker) throw notFound('worker');
    const settings = await loadDispatchSettings(tx, order.companyId);
    const now = ctx.clock.now();
    const at = input.startsAt ? new Date(input.startsAt) : undefined;
    const sl = await buildShortlist(tx, order, settings, now, { workerId: worker.id, at });
    if (at && (at < sl.window.startsAt || at > sl.window.latestStart)) {
      throw invalidField('startsAt', '开始时间不在订单的时间窗内', 'The start is outside the order window');
    }
    const c = sl.candidates[0];
    if (!c) throw ruleBroken(worker.name, [{ rule: 'status', reason: '已离职' }]);
    // An overlap is left to the database (409 naming the job) so that racing dispatchers and a
    // late one get the same answer.
    const broken = c.violations.filter((v) => v.rule !== 'overlap');
    if (broken.length) throw ruleBroken(worker.name, broken);
    const a = await placeAssignment(tx, ctx, order, {
      workerId: worker.id,
      workerName: worker.name,
      startsAt: sl.job.startsAt,
      endsAt: sl.job.endsAt,
      state: settings.useOffers ? 'offered' : 'active',
      score: c.score,
      parts: c.parts,
      ...visitReleaseWindow(sl.job.startsAt, sl.job.endsAt, settings.releaseLeadMinutes),
      offerExpiresAt: settings.useOffers
        ? new Date(now.getTime() + settings.offerTimeoutMinutes * 60_000)
        : null,
      via: 'manual',
    });
    return toAssignmentView(a, worker.name);
  });
}
