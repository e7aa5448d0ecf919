/** Masks a phone number for staff lists: 13812341234 → 138****1234 (R16). */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\s+/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** 410105199001011234 → 4101**********123X style: first 4 and last 4 kept (R16). */
export function maskIdNumber(id: string | null | undefined): string | null {
  if (!id) return null;
  if (id.length <= 8) return '*'.repeat(id.length);
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/** A bank account shows only its last 4 digits. */
export function maskBankAccount(account: string | null | undefined): string | null {
  if (!account) return null;
  const digits = account.replace(/\s+/g, '');
  return `**** ${digits.slice(-4)}`;
}

/**
 * Who is looking, for the per-viewer serializers (R16): staff (any office role), a worker, a
 * customer, or the public (not logged in). Staff wins when a user holds several roles.
 */
export type Viewer = 'staff' | 'worker' | 'customer' | 'public';

export function viewerOf(roles: readonly { role: string }[] | null | undefined): Viewer {
  if (!roles || roles.length === 0) return 'public';
  if (roles.some((r) => r.role !== 'worker' && r.role !== 'customer')) return 'staff';
  if (roles.some((r) => r.role === 'worker')) return 'worker';
  return 'customer';
}
