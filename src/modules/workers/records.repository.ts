import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  workerBackgroundChecks,
  workerCertificates,
  workerHealthChecks,
  workerIncidents,
  workerInsurance,
  workerLeaves,
  workerPerformance,
  workerTrainings,
} from '../../db/schema/workers.ts';
import type { RecordKind } from './schemas.ts';

/** The table behind each kind of record in a worker's file. */
export const RECORD_TABLES = {
  certificate: workerCertificates,
  health_check: workerHealthChecks,
  background_check: workerBackgroundChecks,
  insurance: workerInsurance,
  training: workerTrainings,
  leave: workerLeaves,
  performance: workerPerformance,
  incident: workerIncidents,
} as const satisfies Record<RecordKind, unknown>;

export async function insertRecord(
  tx: Db,
  kind: RecordKind,
  row: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const table = RECORD_TABLES[kind];
  const [created] = await tx
    .insert(table)
    .values(row as never)
    .returning();
  return created as Record<string, unknown>;
}

/** Every record of one worker, newest first per kind, for her file's tabs. */
export async function recordsOfWorker(db: Db, companyId: string, workerId: string) {
  const of = <T extends (typeof RECORD_TABLES)[RecordKind]>(t: T) =>
    and(eq(t.companyId, companyId), eq(t.workerId, workerId));
  // Sequential on purpose: `db` is often the writing transaction, which runs one statement at a time.
  const certificates = await db
    .select()
    .from(workerCertificates)
    .where(of(workerCertificates))
    .orderBy(desc(workerCertificates.issuedOn));
  const healthChecks = await db
    .select()
    .from(workerHealthChecks)
    .where(of(workerHealthChecks))
    .orderBy(desc(workerHealthChecks.checkedOn));
  const backgroundChecks = await db
    .select()
    .from(workerBackgroundChecks)
    .where(of(workerBackgroundChecks))
    .orderBy(desc(workerBackgroundChecks.checkedOn));
  const insurance = await db
    .select()
    .from(workerInsurance)
    .where(of(workerInsurance))
    .orderBy(desc(workerInsurance.endsOn));
  const trainings = await db
    .select()
    .from(workerTrainings)
    .where(of(workerTrainings))
    .orderBy(desc(workerTrainings.trainedOn));
  const leaves = await db
    .select()
    .from(workerLeaves)
    .where(of(workerLeaves))
    .orderBy(desc(workerLeaves.startsOn));
  const performance = await db
    .select()
    .from(workerPerformance)
    .where(of(workerPerformance))
    .orderBy(desc(workerPerformance.occurredOn));
  const incidents = await db
    .select()
    .from(workerIncidents)
    .where(of(workerIncidents))
    .orderBy(desc(workerIncidents.occurredAt));
  return {
    certificates,
    healthChecks,
    backgroundChecks,
    insurance,
    trainings,
    leaves,
    performance,
    incidents,
  };
}

export async function verifyCertificate(
  tx: Db,
  companyId: string,
  workerId: string,
  id: string,
  by: string,
  at: Date,
) {
  const rows = await tx
    .update(workerCertificates)
    .set({ verifiedBy: by, verifiedAt: at })
    .where(
      and(
        eq(workerCertificates.companyId, companyId),
        eq(workerCertificates.workerId, workerId),
        eq(workerCertificates.id, id),
      ),
    )
    .returning({ id: workerCertificates.id, name: workerCertificates.name });
  return rows[0];
}

export async function resolveIncident(tx: Db, companyId: string, workerId: string, id: string, at: Date) {
  const rows = await tx
    .update(workerIncidents)
    .set({ resolvedAt: at })
    .where(
      and(
        eq(workerIncidents.companyId, companyId),
        eq(workerIncidents.workerId, workerId),
        eq(workerIncidents.id, id),
        isNull(workerIncidents.resolvedAt),
      ),
    )
    .returning({ id: workerIncidents.id, kind: workerIncidents.kind });
  return rows[0];
}
