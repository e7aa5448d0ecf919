import { and, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema/platform.ts';
import { workerSkills, workers } from '../../db/schema/workers.ts';
import type { AuditEvent, AuditMeta } from '../../platform/audit.ts';
import { ID_PREFIX, newId } from '../../platform/ids.ts';
import type { WorkerRow } from './worker.repository.ts';
import type { WorkerInsert } from './worker-row.ts';

/**
 * Batch reads and writes of the roster import: one statement per chunk instead of one round trip
 * per row. Chunks keep every statement well under Postgres' 65,535 bind parameters.
 */
const WORKER_CHUNK = 500; // ~30 parameters a row
const SMALL_CHUNK = 2000; // worker_skills and audit rows: 5–10 parameters a row

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Workers of the company holding any of these phones or ID-number blind indexes (one query). */
export async function findWorkersByPhonesOrIdHashes(
  db: Db,
  companyId: string,
  phones: string[],
  idHashes: string[],
) {
  if (!phones.length && !idHashes.length) return [];
  return db
    .select({ id: workers.id, name: workers.name, phone: workers.phone, idNumberHash: workers.idNumberHash })
    .from(workers)
    .where(
      and(
        eq(workers.companyId, companyId),
        or(
          sql`${workers.phone} = any(${sql.param(phones)}::text[])`,
          sql`${workers.idNumberHash} = any(${sql.param(idHashes)}::text[])`,
        ),
      ),
    );
}

export async function insertWorkerRows(tx: Db, rows: WorkerInsert[]): Promise<WorkerRow[]> {
  const out: WorkerRow[] = [];
  for (const chunk of chunks(rows, WORKER_CHUNK))
    out.push(...(await tx.insert(workers).values(chunk).returning()));
  return out;
}

export async function insertWorkerSkillRows(
  tx: Db,
  rows: { companyId: string; workerId: string; skillId: string; level: number }[],
): Promise<void> {
  for (const chunk of chunks(rows, SMALL_CHUNK)) await tx.insert(workerSkills).values(chunk);
}

/** The batch twin of `writeAudit` (platform/audit.ts): the same row per event, many per statement. */
export async function insertAuditRows(tx: Db, meta: AuditMeta, events: AuditEvent[]): Promise<void> {
  const at = meta.at ?? new Date();
  const rows = events.map((e) => ({
    companyId: meta.companyId,
    id: newId(ID_PREFIX.audit),
    at,
    actorUserId: meta.actorUserId,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    payload: e.payload,
    requestId: meta.requestId,
    ip: meta.ip,
  }));
  for (const chunk of chunks(rows, SMALL_CHUNK)) await tx.insert(auditLog).values(chunk);
}
