import { maskPhone } from '../../platform/privacy.ts';
import type { AddressRow, PhoneRow } from './contact.repository.ts';
import type { CustomerRow } from './customer.repository.ts';
import { emptyHistory } from './customer-history.ts';
import type { TCustomerListItem, TCustomerOwner, TCustomerStaff } from './schemas.ts';

/**
 * The one place that decides what each viewer sees of a customer file (R16). Routes and use
 * cases never pick fields: they choose the serializer of the viewer.
 * - staff: phones masked (full numbers only through the audited reveal), ID number masked,
 *   addresses in full (staff plan the visits), blacklist, tags, notes and merge state;
 * - owner (the customer herself): her own phones and addresses in full, household and
 *   preferences; never blacklist, tags, notes or merge information.
 * Workers get no view of a file: what a worker sees of an order's address comes with dispatch.
 */
export type CustomerBundle = { row: CustomerRow; phones: PhoneRow[]; addresses: AddressRow[] };

const toAddressView = (a: AddressRow) => ({
  id: a.id,
  label: a.label,
  province: a.province,
  city: a.city,
  district: a.district,
  community: a.community,
  detail: a.detail,
  lat: a.lat,
  lng: a.lng,
  accessNotes: a.accessNotes,
  isDefault: a.isDefault,
});

const maskedPhones = (phones: PhoneRow[]) =>
  phones.map((p) => ({ phone: maskPhone(p.phone) ?? '', isPrimary: p.isPrimary }));

export const toStaffView = ({ row, phones, addresses }: CustomerBundle): TCustomerStaff => ({
  id: row.id,
  name: row.name,
  phones: maskedPhones(phones),
  idNumberMasked: row.idNumberMasked, // masked with maskIdNumber when written
  hasIdNumber: row.idNumberEnc !== null,
  sourceChannel: row.sourceChannel,
  household: row.household,
  preferences: row.preferences,
  tags: row.tags,
  blacklisted: row.blacklisted,
  blacklistReason: row.blacklistReason,
  notes: row.notes,
  addresses: addresses.map(toAddressView),
  userId: row.userId,
  mergedIntoId: row.mergedIntoId,
  history: emptyHistory(),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** A row of the staff list: no addresses, notes or history. */
export const toStaffListItem = (row: CustomerRow, phones: PhoneRow[]): TCustomerListItem => ({
  id: row.id,
  name: row.name,
  phones: maskedPhones(phones),
  sourceChannel: row.sourceChannel,
  tags: row.tags,
  blacklisted: row.blacklisted,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const toOwnerView = ({ row, phones, addresses }: CustomerBundle): TCustomerOwner => ({
  id: row.id,
  name: row.name,
  phones: phones.map((p) => ({ phone: p.phone, isPrimary: p.isPrimary })),
  idNumberMasked: row.idNumberMasked,
  household: row.household,
  preferences: row.preferences,
  addresses: addresses.map(toAddressView),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** A possible duplicate, for the agent deciding whether the caller is already a customer. */
export const toDuplicateView = (d: { id: string; name: string; phone: string }) => ({
  id: d.id,
  name: d.name,
  maskedPhone: maskPhone(d.phone) ?? '',
});

/** The full numbers, only for the audited reveal. */
export const toRevealedPhones = (phones: PhoneRow[]) => ({
  phones: phones.map((p) => ({ phone: p.phone, isPrimary: p.isPrimary })),
});

/** The decrypted ID number, only for the audited reveal. */
export const toRevealedIdNumber = (idNumber: string) => ({ idNumber });
