import { and, eq } from 'drizzle-orm';
import { companies } from '../../db/schema/org.ts';
import { workers } from '../../db/schema/workers.ts';
import type { Ctx } from '../../platform/context.ts';
import { loadMyOrder } from '../orders/index.ts';
import { ageOn, shanghaiDate, skillsOfWorkers, TIER_LABELS } from '../workers/index.ts';
import { liveAssignmentOf } from './assignment.repository.ts';

/**
 * GET /my/orders/:id/worker — the customer is told who is coming (R18): name, photo, tier, skills
 * and rating, and when. Never the worker's phone (R16): calls go through the company's hotline.
 * `worker: null` until the order is assigned (or while an offer waits for her answer).
 */
export async function whosComing(ctx: Ctx, orderId: string) {
  const order = await loadMyOrder(ctx, orderId);
  const a = await liveAssignmentOf(ctx.db, order.companyId, order.id);
  const [company] = await ctx.db
    .select({ hotline: companies.hotline })
    .from(companies)
    .where(eq(companies.id, order.companyId));
  const contact = { via: '公司客服', number: company?.hotline ?? null };
  if (a?.state !== 'active') return { orderId: order.id, worker: null, contact };
  // Only what the card shows: her phone and ID number are never read here (R16).
  const [w] = await ctx.db
    .select({
      id: workers.id,
      name: workers.name,
      photoUrl: workers.photoUrl,
      tier: workers.tier,
      birthDate: workers.birthDate,
      nativePlace: workers.nativePlace,
      ratingAvg: workers.ratingAvg,
      ratingCount: workers.ratingCount,
    })
    .from(workers)
    .where(and(eq(workers.companyId, order.companyId), eq(workers.id, a.workerId)));
  if (!w) return { orderId: order.id, worker: null, contact };
  const skills = (await skillsOfWorkers(ctx.db, order.companyId, [w.id])).get(w.id) ?? [];
  const age = ageOn(w.birthDate, shanghaiDate(ctx.clock.now()));
  return {
    orderId: order.id,
    worker: {
      name: w.name,
      photoUrl: w.photoUrl,
      tier: w.tier,
      tierLabel: w.tier ? TIER_LABELS[w.tier] : null,
      skills: skills.map((s) => s.name),
      ratingAvg: w.ratingAvg,
      ratingCount: w.ratingCount,
      nativePlace: w.nativePlace,
      age,
      startsAt: a.startsAt.toISOString(),
      endsAt: a.endsAt.toISOString(),
    },
    contact,
  };
}
