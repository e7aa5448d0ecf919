import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import { createCompany, type NewCompany } from '../org/create-company.ts';
import { seedDefaultSkills } from '../workers/index.ts';

/**
 * A new company, ready to work: the company and its first admin (org) with every module's
 * starting data (the default skill list), in one transaction. Used by admin:create and the demo.
 */
export function startCompany(db: Db, clock: Clock, input: NewCompany) {
  return createCompany(db, clock, input, [seedDefaultSkills]);
}
