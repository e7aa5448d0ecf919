/** What other modules may use from workers. */
export { seedDefaultSkills } from './skills.ts';
