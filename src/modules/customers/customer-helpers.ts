import type { Db } from '../../db/client.ts';
import { blindIndex, encrypt } from '../../platform/crypto.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { maskIdNumber } from '../../platform/privacy.ts';
import { maskedPhone } from './audit-events.ts';
import { addressesOf, liveHoldersOf, lockPhones, phonesOf } from './contact.repository.ts';
import { type CustomerRow, lockCustomer } from './customer.repository.ts';
import type { CustomerBundle } from './customer.views.ts';
import { toDuplicateView } from './customer.views.ts';

/** Id prefixes of this module's rows (time-sortable, see platform/ids.ts). */
export const CUSTOMER_ID_PREFIX = { customer: 'cus', address: 'cad', merge: 'cmg' } as const;

/** A file with its phones and addresses, ready for a serializer. */
export async function bundleOf(db: Db, row: CustomerRow): Promise<CustomerBundle> {
  // Sequential: `db` is often the writing transaction, which runs one statement at a time.
  const phones = await phonesOf(db, row.companyId, [row.id]);
  const addresses = await addressesOf(db, row.companyId, [row.id]);
  return { row, phones, addresses };
}

/**
 * The file a write is about, locked for the transaction: 404 when it is not this company's,
 * 409 when it was merged into another file (a merged file is history and no longer changes).
 */
export async function lockLiveCustomer(tx: Db, companyId: string, id: string): Promise<CustomerRow> {
  const row = await lockCustomer(tx, companyId, id);
  if (!row) throw notFound('customer');
  if (row.mergedIntoId) throw mergedAlready(row);
  return row;
}

export const mergedAlready = (row: CustomerRow) =>
  new AppError('INVALID_STATE', {
    reason: {
      zh: `客户档案「${row.name}」已合并到其他档案，不能再修改`,
      en: `Customer file "${row.name}" was merged into another file and can no longer change`,
    },
  });

/**
 * The duplicate rule: a phone already on a live file of the company (other than `exceptId`)
 * answers 409 CUSTOMER_DUPLICATE listing those files, unless `allow` is true. Locks the numbers
 * so two agents entering the same caller at once cannot both pass. Returns the ids allowed through.
 */
export async function checkDuplicates(
  tx: Db,
  companyId: string,
  phones: string[],
  allow: boolean | undefined,
  exceptId?: string,
): Promise<string[]> {
  await lockPhones(tx, companyId, phones);
  const holders = await liveHoldersOf(tx, companyId, phones, exceptId);
  if (!holders.length) return [];
  if (allow) return [...new Set(holders.map((h) => h.id))];
  const first = holders[0]!;
  throw new AppError('CUSTOMER_DUPLICATE', { phone: maskedPhone(first.phone), name: first.name }, undefined, {
    duplicates: holders.map(toDuplicateView),
  });
}

/** The three stored forms of an ID number: encrypted, blind index (look-ups), masked (display). */
export function sealIdNumber(idNumber: string | null | undefined) {
  if (!idNumber) return { idNumberEnc: null, idNumberHash: null, idNumberMasked: null };
  return {
    idNumberEnc: encrypt(idNumber),
    idNumberHash: blindIndex(idNumber),
    idNumberMasked: maskIdNumber(idNumber),
  };
}

/** Tags trimmed, without repeats, in the order given. */
export const cleanTags = (tags: readonly string[]): string[] => [...new Set(tags.map((t) => t.trim()))];
