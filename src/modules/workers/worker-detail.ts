import type { Db } from '../../db/client.ts';
import { recordsOfWorker } from './records.repository.ts';
import { skillsOfWorkers } from './skill.repository.ts';
import type { WorkerRow } from './worker.repository.ts';
import { toStaffDetail } from './worker.views.ts';

/** A worker's whole file in the staff view (skills, records, trust, tier checks). */
export async function workerDetail(db: Db, w: WorkerRow, today: string) {
  // One query at a time: `db` is often the writing transaction, which runs one statement at a time.
  const skills = await skillsOfWorkers(db, w.companyId, [w.id]);
  const records = await recordsOfWorker(db, w.companyId, w.id);
  return toStaffDetail(w, skills.get(w.id) ?? [], records, today);
}
