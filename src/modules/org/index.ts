/** What other modules may use from org: read functions only. */

export { storeNames } from './store.repository.ts';
export type { UserRow } from './user.repository.ts';
export { displayNames, findUser, findUserByUsername, rolesOf, updateUserRow } from './user.repository.ts';
