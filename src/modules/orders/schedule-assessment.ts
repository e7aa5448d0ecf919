import type { z } from 'zod';
import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { invalidField } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { authorize } from '../../platform/permissions.ts';
import { findUser } from '../org/index.ts';
import { applyTransition, loadOrderFor } from './index.ts';
import { insertAssessment } from './quote.repository.ts';
import { QUOTE_ID_PREFIX, toAssessmentView } from './quote-helpers.ts';
import type { ZAssessmentSchedule } from './quote-schemas.ts';

/**
 * Books a home assessment (上门评估, R8) for a confirmed order: the order moves to `assessment`
 * (transition `schedule_assessment`, on its timeline) and the assessor is an active staff user.
 */
export async function scheduleAssessment(
  ctx: Ctx,
  orderId: string,
  input: z.infer<typeof ZAssessmentSchedule>,
) {
  authorize(ctx.actor, 'quote.write');
  const companyId = ctx.actor.companyId;
  return ctx.db.transaction(async (tx) => {
    const order = await loadOrderFor(ctx, 'quote.write', orderId, tx);
    const assessor = await findUser(tx, companyId, input.assessorUserId);
    if (assessor?.status !== 'active')
      throw invalidField('assessorUserId', '评估人须为本公司在职员工', 'The assessor must be an active user');
    const now = ctx.clock.now();
    const row = await insertAssessment(tx, {
      companyId,
      id: newId(QUOTE_ID_PREFIX.assessment, now.getTime()),
      orderId: order.id,
      assessorUserId: assessor.id,
      scheduledAt: new Date(input.scheduledAt),
      createdAt: now,
    });
    await applyTransition(tx, ctx, order, 'schedule_assessment', {
      assessmentId: row.id,
      scheduledAt: row.scheduledAt.toISOString(),
    });
    await writeAudit(tx, auditMeta(ctx), {
      action: 'assessment.schedule',
      entityType: 'assessment',
      entityId: row.id,
      payload: { orderId: order.id, assessorUserId: assessor.id, scheduledAt: row.scheduledAt.toISOString() },
    });
    return toAssessmentView(row);
  });
}
