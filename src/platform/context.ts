import type { Db } from '../db/client.ts';
import type { Clock } from './clock.ts';
import type { Actor } from './permissions.ts';

/** What every use case receives: the database, the clock, who is acting and the request's id. */
export type Ctx = {
  db: Db;
  clock: Clock;
  actor: Actor;
  requestId: string;
  ip: string | null;
};

/** The context of a request before anyone has logged in (login itself). */
export type AnonCtx = Omit<Ctx, 'actor'> & { userAgent: string | null };
