/** The shapes of the customers API (src/modules/customers/schemas.ts) the console uses. */
export const SOURCE_CHANNELS = ['phone', 'walk_in', 'online', 'referral', 'call_center', 'other'] as const;
export type SourceChannel = (typeof SOURCE_CHANNELS)[number];

export interface CustomerPhone {
  /** Masked by the server (138****1234) except in a reveal. */
  phone: string;
  isPrimary: boolean;
}

export interface Household {
  areaM2?: number | null;
  rooms?: number | null;
  members?: number | null;
  children?: { age: number }[];
  elders?: number | null;
  pets?: string | null;
  specialNeeds?: string | null;
}

export interface Preferences {
  language?: string | null;
  nativePlace?: string | null;
  cuisine?: string | null;
  workerAgeMin?: number | null;
  workerAgeMax?: number | null;
  notes?: string | null;
}

export interface AddressInput {
  label?: string | null;
  province: string;
  city: string;
  district: string;
  community: string;
  detail: string;
  accessNotes?: string | null;
  isDefault?: boolean;
}

export interface Address extends Required<Omit<AddressInput, 'isDefault'>> {
  id: string;
  label: string | null;
  accessNotes: string | null;
  lat: number | null;
  lng: number | null;
  isDefault: boolean;
}

export interface CustomerListItem {
  id: string;
  name: string;
  phones: CustomerPhone[];
  sourceChannel: SourceChannel;
  tags: string[];
  blacklisted: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Customer extends CustomerListItem {
  idNumberMasked: string | null;
  hasIdNumber: boolean;
  household: Household;
  preferences: Preferences;
  blacklistReason: string | null;
  notes: string | null;
  addresses: Address[];
  userId: string | null;
  mergedIntoId: string | null;
  history: {
    orders: Record<string, unknown>[];
    complaints: Record<string, unknown>[];
    payments: Record<string, unknown>[];
  };
}

export interface CustomerCreate {
  name: string;
  phones: string[];
  sourceChannel: SourceChannel;
  idNumber?: string | null;
  household?: Household;
  preferences?: Preferences;
  tags?: string[];
  notes?: string | null;
  addresses?: AddressInput[];
  allowDuplicate?: boolean;
}

export type CustomerPatch = Partial<Omit<CustomerCreate, 'phones' | 'addresses' | 'allowDuplicate'>>;

/** A file that already holds a phone (409 CUSTOMER_DUPLICATE). */
export interface Duplicate {
  id: string;
  name: string;
  maskedPhone: string;
}
