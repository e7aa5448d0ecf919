import { checkCharacter } from '../../src/platform/id-number.ts';

/** A valid ID number from an area code, a birth date (YYYY-MM-DD) and a 3-digit sequence. */
export const makeIdNumber = (area: string, birth: string, seq: string) => {
  const first17 = `${area}${birth.replace(/-/g, '')}${seq}`;
  return first17 + checkCharacter(first17);
};
