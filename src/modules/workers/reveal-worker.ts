import { auditMeta, writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { decrypt } from '../../platform/crypto.ts';
import { loadWorkerFor } from './worker-helpers.ts';

/** Shows a worker's full phone, ID number and wage account to staff allowed to see them; audited. */
export async function revealWorker(ctx: Ctx, workerId: string) {
  const w = await loadWorkerFor(ctx, 'worker.reveal', workerId);
  await writeAudit(ctx.db, auditMeta(ctx), {
    action: 'worker.reveal',
    entityType: 'worker',
    entityId: w.id,
    payload: { fields: ['phone', 'idNumber', 'bankAccount'] },
  });
  return {
    phone: w.phone,
    idNumber: decrypt(w.idNumberEnc),
    emergencyPhone: w.emergencyPhone,
    bankAccount: w.bankAccountEnc ? decrypt(w.bankAccountEnc) : null,
  };
}
