/** What other modules may use from workers. */
export { listSkills, seedDefaultSkills } from './skills.ts';
export { TIER_LABELS, WORKER_TIER_LIST } from './workers.rules.ts';
