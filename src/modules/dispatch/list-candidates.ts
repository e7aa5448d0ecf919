import type { Ctx } from '../../platform/context.ts';
import { loadOrderFor } from '../orders/index.ts';
import { toCandidateView, toExcludedView } from './candidate.views.ts';
import { loadDispatchSettings } from './company-settings.ts';
import { rankCandidates } from './scoring.rules.ts';
import { buildShortlist } from './shortlist.ts';

export type CandidatesQuery = { explain?: 'excluded'; limit: number };

/**
 * GET /orders/:id/candidates — the ranked shortlist (R17): eligible workers best first, each
 * score with its parts in words; with `?explain=excluded`, every excluded worker and the hard
 * rules she breaks ("健康证 2026-11-30 已过期").
 */
export async function listCandidates(ctx: Ctx, orderId: string, q: CandidatesQuery) {
  const order = await loadOrderFor(ctx, 'dispatch.write', orderId);
  const settings = await loadDispatchSettings(ctx.db, ctx.actor.companyId);
  const now = ctx.clock.now();
  const explain = q.explain === 'excluded';
  // Without `explain` only the eligible matter: the first cut of the rules runs in SQL.
  const sl = await buildShortlist(ctx.db, order, settings, now, { eligibleOnly: !explain });
  const ranked = rankCandidates(sl.candidates.map((c) => ({ ...c, id: c.worker.id })));
  const excluded = sl.candidates
    .filter((c) => !c.eligible)
    .sort((a, b) => a.worker.id.localeCompare(b.worker.id));
  return {
    orderId: order.id,
    job: {
      startsAt: sl.job.startsAt.toISOString(),
      endsAt: sl.job.endsAt.toISOString(),
      latestStart: sl.job.latestStart.toISOString(),
      serviceDays: sl.jobFacts.serviceDays,
      requiredSkills: sl.jobFacts.requiredSkills.map((s) => s.name),
      minTier: sl.jobFacts.minTier,
      crossStore: order.urgent,
    },
    weights: settings.weights,
    eligibleCount: ranked.length,
    excludedCount: sl.poolSize - ranked.length,
    candidates: ranked.slice(0, q.limit).map(toCandidateView),
    excluded: explain ? excluded.slice(0, 500).map(toExcludedView) : undefined,
  };
}
