import type { z } from 'zod';
import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { authorize } from '../../platform/permissions.ts';
import { addTimelineEvent, loadOrderFor } from './index.ts';
import { findAssessment, updateAssessment } from './quote.repository.ts';
import { conflict, toAssessmentView } from './quote-helpers.ts';
import type { ZAssessmentRecord } from './quote-schemas.ts';

/**
 * Records what the assessor found on site (R8): area, rooms, household members, habits,
 * requirements and photo URLs. Recorded once; the area later becomes the quantity of m² quotes.
 */
export async function recordAssessment(
  ctx: Ctx,
  assessmentId: string,
  input: z.infer<typeof ZAssessmentRecord>,
) {
  authorize(ctx.actor, 'quote.write');
  const companyId = ctx.actor.companyId;
  return ctx.db.transaction(async (tx) => {
    const before = await findAssessment(tx, companyId, assessmentId);
    if (!before) throw notFound('assessment');
    const order = await loadOrderFor(ctx, 'quote.write', before.orderId, tx);
    if (before.recordedAt)
      throw conflict('该评估已记录，不能再修改', 'This assessment has already been recorded');
    if (!['assessment', 'quoted'].includes(order.status))
      throw conflict('订单当前状态不能记录评估结果', 'The order is not in assessment');
    const row = await updateAssessment(tx, companyId, before.id, {
      recordedAt: ctx.clock.now(),
      areaM2: input.areaM2,
      rooms: input.rooms,
      members: input.members,
      habits: input.habits,
      requirements: input.requirements,
      photos: input.photos,
    });
    await addTimelineEvent(tx, ctx, order.id, 'record_assessment', {
      data: { assessmentId: row.id, areaM2: input.areaM2, rooms: input.rooms },
    });
    await writeAudit(tx, auditMeta(ctx), {
      action: 'assessment.record',
      entityType: 'assessment',
      entityId: row.id,
      payload: {
        orderId: order.id,
        areaM2: input.areaM2,
        rooms: input.rooms,
        members: input.members.length,
        photos: input.photos.length,
      },
    });
    return toAssessmentView(row);
  });
}
