/** The one source of "now"; tests and later issues inject a fixed clock where time matters. */
export type Clock = { now(): Date };
export const systemClock: Clock = { now: () => new Date() };
