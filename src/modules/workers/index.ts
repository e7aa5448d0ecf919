/** What other modules may use from workers. */
export { recordWorkerIncident, setWorkerDispatchStatus } from './dispatch-effects.ts';
export { skillsOfWorkers } from './skill.repository.ts';
export { listSkills, seedDefaultSkills } from './skills.ts';
export { trustSql } from './worker.repository.ts';
export { trustOf } from './worker.views.ts';
export { addDays, ageOn, shanghaiDate, TIER_LABELS, WORKER_TIER_LIST } from './workers.rules.ts';
