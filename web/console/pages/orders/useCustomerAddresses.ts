/** The addresses on a customer's file, for the new-order address select. */
import { useEffect, useState } from 'react';
import { customersApi } from '../customers/api';
import type { Address } from '../customers/types';

export function useCustomerAddresses(customerId: string | undefined): Address[] {
  const [addresses, setAddresses] = useState<Address[]>([]);
  useEffect(() => {
    setAddresses([]);
    if (!customerId) return;
    let alive = true;
    customersApi
      .get(customerId)
      .then((c) => {
        if (alive) setAddresses(c.addresses);
      })
      .catch(() => {
        // no addresses offered; the order can still be taken
      });
    return () => {
      alive = false;
    };
  }, [customerId]);
  return addresses;
}

export const addressLabel = (a: Address) =>
  [a.label, `${a.district}${a.community}${a.detail}`].filter(Boolean).join(' · ');
