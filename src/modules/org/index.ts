/** What other modules may use from org: read functions only. */

export { findStore, storeNames } from './store.repository.ts';
export { findTeam } from './team.repository.ts';
export type { UserRow } from './user.repository.ts';
export { displayNames, findUser, findUserByUsername, rolesOf, updateUserRow } from './user.repository.ts';
