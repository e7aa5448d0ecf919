/**
 * Dispatch optimizer: pure functions, no database. Product code calls
 *   assignExact(instance)            one job per worker, exact maximum total score;
 *   planDay(instance, { timeBudgetMs }) whole days (several jobs per worker, windows, travel);
 *   validatePlan(instance, result)   independent feasibility check of any plan.
 */
export { assignExact } from './assignment.ts';
export { dayPlanUpperBound } from './bound.ts';
export { type PlanDayOptions, planDay } from './day-plan.ts';
export { type GenerateOptions, generate } from './generate.ts';
export type { PlanAssignment, PlanEdge, PlanInstance, PlanJob, PlanResult, PlanWorker } from './types.ts';
export { dayViolation, isFeasibleDay, type Visit, validatePlan } from './validate.ts';
