import { TIER_LABELS } from '../workers/index.ts';
import type { Candidate } from './shortlist.ts';

/** A shortlist row as a dispatcher sees it: name, tier, score and its parts — no phone, no ID. */
export function toCandidateView(c: Candidate) {
  const w = c.worker;
  return {
    workerId: w.id,
    name: w.name,
    photoUrl: w.photoUrl,
    storeId: w.storeId,
    tier: w.tier,
    tierLabel: w.tier ? TIER_LABELS[w.tier] : null,
    homeDistrict: w.homeDistrict,
    trust: c.trust,
    score: c.score,
    distanceKm: c.distanceKm,
    parts: c.parts.map((p) => ({ key: p.key, label: p.label, points: p.points })),
  };
}

export function toExcludedView(c: Candidate) {
  const w = c.worker;
  return {
    workerId: w.id,
    name: w.name,
    storeId: w.storeId,
    tier: w.tier,
    tierLabel: w.tier ? TIER_LABELS[w.tier] : null,
    reasons: c.violations.map((v) => ({ rule: v.rule, reason: v.reason })),
  };
}
