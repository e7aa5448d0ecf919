/** Typed calls to the customers API (/api/v1/customers). */
import { http } from '../../../shared/http';
import type { ApiError } from '../../../shared/problem';
import type { ListParams, Page } from '../../types';
import type {
  AddressInput,
  Customer,
  CustomerCreate,
  CustomerListItem,
  CustomerPatch,
  CustomerPhone,
  Duplicate,
} from './types';

const V1 = '/api/v1';
const id = (value: string) => encodeURIComponent(value);
const at = (customerId: string, rest = '') => `${V1}/customers/${id(customerId)}${rest}`;

export interface CustomerQuery extends ListParams {
  q?: string;
  phone?: string;
  tag?: string;
  blacklisted?: 'true' | 'false';
}

export const customersApi = {
  list: (query: CustomerQuery) =>
    http.get<Page<CustomerListItem>>(`${V1}/customers`, { query: { ...query } }),
  get: (customerId: string) => http.get<Customer>(at(customerId)),
  create: (body: CustomerCreate) => http.post<Customer>(`${V1}/customers`, { body }),
  update: (customerId: string, body: CustomerPatch) => http.patch<Customer>(at(customerId), { body }),
  addPhone: (customerId: string, phone: string, allowDuplicate?: boolean) =>
    http.post<Customer>(at(customerId, '/phones'), { body: { phone, allowDuplicate } }),
  removePhone: (customerId: string, phone: string) =>
    http.post<Customer>(at(customerId, '/phones/remove'), { body: { phone } }),
  addAddress: (customerId: string, body: AddressInput) =>
    http.post<Customer>(at(customerId, '/addresses'), { body }),
  updateAddress: (customerId: string, addressId: string, body: Partial<AddressInput>) =>
    http.patch<Customer>(at(customerId, `/addresses/${id(addressId)}`), { body }),
  removeAddress: (customerId: string, addressId: string) =>
    http.post<Customer>(at(customerId, `/addresses/${id(addressId)}/remove`)),
  blacklist: (customerId: string, reason: string) =>
    http.post<Customer>(at(customerId, '/blacklist'), { body: { reason } }),
  unblacklist: (customerId: string, reason: string) =>
    http.post<Customer>(at(customerId, '/unblacklist'), { body: { reason } }),
  revealPhones: (customerId: string) =>
    http.post<{ phones: CustomerPhone[] }>(at(customerId, '/reveal-phone')),
  merge: (customerId: string, targetId: string) =>
    http.post<Customer>(at(customerId, '/merge'), { body: { targetId } }),
};

/** The files a 409 CUSTOMER_DUPLICATE names, or null for any other error. */
export function duplicatesOf(error: ApiError): Duplicate[] | null {
  if (error.code !== 'CUSTOMER_DUPLICATE') return null;
  const list = error.member('duplicates');
  return Array.isArray(list) ? (list as Duplicate[]) : [];
}
