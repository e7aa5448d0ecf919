import { and, desc, eq, inArray, isNotNull, lte, or, type SQL } from 'drizzle-orm';
import { workerCertificates, workers } from '../../db/schema/workers.ts';
import type { Ctx } from '../../platform/context.ts';
import { authorize } from '../../platform/permissions.ts';
import { todayOf } from './worker-helpers.ts';
import { addDays, TRUST_WARNING_DAYS } from './workers.rules.ts';

type Item = {
  workerId: string;
  workerName: string;
  storeId: string;
  what: string;
  name: string;
  expiresOn: string;
  daysLeft: number;
};

/**
 * The "expiring within 30 days" work queue: health checks, background checks, insurance and
 * certificates that expire soon or already have, soonest first. Reads the derived columns.
 */
export async function listExpiring(ctx: Ctx, f: { storeId?: string; days?: number }) {
  const scope = authorize(ctx.actor, 'worker.read');
  const today = todayOf(ctx);
  const until = addDays(today, f.days ?? TRUST_WARNING_DAYS);
  const w: SQL[] = [
    eq(workers.companyId, ctx.actor.companyId),
    inArray(workers.status, ['available', 'booked', 'on_placement', 'resting']),
  ];
  if (scope.kind === 'stores')
    w.push(inArray(workers.storeId, scope.storeIds.length ? scope.storeIds : ['']));
  if (f.storeId) w.push(eq(workers.storeId, f.storeId));
  const rows = await ctx.db
    .select({
      id: workers.id,
      name: workers.name,
      storeId: workers.storeId,
      health: workers.healthExpiresOn,
      background: workers.backgroundExpiresOn,
      insurance: workers.insuranceEndsOn,
      cert: workers.certNextExpiry,
    })
    .from(workers)
    .where(
      and(
        ...w,
        or(
          lte(workers.healthExpiresOn, until),
          lte(workers.backgroundExpiresOn, until),
          lte(workers.insuranceEndsOn, until),
          lte(workers.certNextExpiry, until),
        ),
      ),
    )
    .limit(500);
  const certs = rows.some((r) => r.cert && r.cert <= until)
    ? await ctx.db
        .selectDistinctOn([workerCertificates.workerId, workerCertificates.kind, workerCertificates.name], {
          workerId: workerCertificates.workerId,
          name: workerCertificates.name,
          expiresOn: workerCertificates.expiresOn,
        })
        .from(workerCertificates)
        .where(
          and(
            eq(workerCertificates.companyId, ctx.actor.companyId),
            inArray(
              workerCertificates.workerId,
              rows.map((r) => r.id),
            ),
            isNotNull(workerCertificates.expiresOn),
          ),
        )
        .orderBy(
          workerCertificates.workerId,
          workerCertificates.kind,
          workerCertificates.name,
          desc(workerCertificates.issuedOn),
        )
    : [];
  const items: Item[] = [];
  const days = (d: string) => Math.round((Date.parse(d) - Date.parse(today)) / 86_400_000);
  for (const r of rows) {
    const push = (what: string, name: string, d: string | null) => {
      if (d && d <= until)
        items.push({
          workerId: r.id,
          workerName: r.name,
          storeId: r.storeId,
          what,
          name,
          expiresOn: d,
          daysLeft: days(d),
        });
    };
    push('health_check', '健康证', r.health);
    push('background_check', '无犯罪记录证明', r.background);
    push('insurance', '保险', r.insurance);
    for (const c of certs.filter((c) => c.workerId === r.id)) push('certificate', c.name, c.expiresOn);
  }
  return { items: items.sort((a, b) => a.expiresOn.localeCompare(b.expiresOn)) };
}
