import type { Changes } from '../../platform/audit.ts';
import { maskPhone } from '../../platform/privacy.ts';
import type { AddressRow, PhoneRow } from './contact.repository.ts';
import type { CustomerRow } from './customer.repository.ts';
import { redactJson, redactText } from './customer.rules.ts';

/**
 * The audit events of customer files and the only builders of their payloads (R16): phones and
 * ID numbers appear masked, free text has long digit runs masked, and an address shows only its
 * province/city/district/community — never the detail, access notes or coordinates.
 */
export type CustomerAuditFields = {
  name: string;
  phones: string[];
  idNumberMasked: string | null;
  sourceChannel: string;
  household: Record<string, unknown>;
  preferences: Record<string, unknown>;
  tags: string[];
  notes: string | null;
};
export type AddressAuditFields = {
  label: string | null;
  province: string;
  city: string;
  district: string;
  community: string;
  isDefault: boolean;
};
type Blacklist = { blacklisted: boolean; blacklistReason: string | null };
type MergePayload = {
  role: 'source' | 'target';
  sourceId: string;
  targetId: string;
  phonesMoved: string[];
  addressesMoved: string[];
  tagsAdded: string[];
  filled: string[];
};

declare module '../../platform/audit.ts' {
  interface AuditEvents {
    'customer.create': {
      entityType: 'customer';
      payload: {
        after: CustomerAuditFields & { addresses: AddressAuditFields[] };
        duplicatesAllowed: string[];
      };
    };
    'customer.update': { entityType: 'customer'; payload: Changes<CustomerAuditFields> };
    'customer.phone_add': {
      entityType: 'customer';
      payload: { phone: string; isPrimary: boolean; duplicatesAllowed: string[] };
    };
    'customer.phone_primary': { entityType: 'customer'; payload: { phone: string } };
    'customer.phone_remove': {
      entityType: 'customer';
      payload: { phone: string; newPrimary: string | null };
    };
    'customer.address_add': {
      entityType: 'customer';
      payload: { addressId: string; after: AddressAuditFields; detailChanged: true };
    };
    'customer.address_update': {
      entityType: 'customer';
      payload: Changes<AddressAuditFields> & {
        addressId: string;
        detailChanged: boolean;
        accessNotesChanged: boolean;
      };
    };
    'customer.address_remove': {
      entityType: 'customer';
      payload: { addressId: string; before: AddressAuditFields; newDefaultId: string | null };
    };
    'customer.blacklist': { entityType: 'customer'; payload: Changes<Blacklist> & { reason: string } };
    'customer.unblacklist': { entityType: 'customer'; payload: Changes<Blacklist> & { reason: string } };
    'customer.reveal_phone': { entityType: 'customer'; payload: { phones: string[] } };
    'customer.reveal_id_number': { entityType: 'customer'; payload: { idNumberMasked: string | null } };
    'customer.link_user': { entityType: 'customer'; payload: Changes<{ userId: string | null }> };
    'customer.merge': { entityType: 'customer'; payload: MergePayload };
  }
}

export const maskedPhone = (phone: string): string => maskPhone(phone) ?? '';

export const customerAuditFields = (c: CustomerRow, phones: PhoneRow[]): CustomerAuditFields => ({
  name: c.name,
  phones: phones.map((p) => maskedPhone(p.phone)),
  idNumberMasked: c.idNumberMasked,
  sourceChannel: c.sourceChannel,
  household: redactJson(c.household as Record<string, unknown>),
  preferences: redactJson(c.preferences as Record<string, unknown>),
  tags: c.tags,
  notes: c.notes === null ? null : redactText(c.notes),
});

export const addressAuditFields = (a: AddressRow): AddressAuditFields => ({
  label: a.label,
  province: a.province,
  city: a.city,
  district: a.district,
  community: a.community,
  isDefault: a.isDefault,
});

export const blacklistAuditFields = (c: CustomerRow): Blacklist => ({
  blacklisted: c.blacklisted,
  blacklistReason: c.blacklistReason === null ? null : redactText(c.blacklistReason),
});
