import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import {
  type Actor,
  authorize,
  authorizeCompanyWide,
  inScope,
  PERMISSIONS,
  permissionsOf,
  ROLE_NAMES,
  ROLE_PERMISSIONS,
  ROLES,
  scopeOf,
} from './permissions.ts';

const actor = (roles: Actor['roles']): Actor => ({
  userId: 'u',
  companyId: 'c',
  username: 'x',
  displayName: 'x',
  roles,
});

describe('role → permission table', () => {
  it('covers every role and names only known permissions', () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLE_NAMES].sort());
    expect(Object.keys(ROLES).sort()).toEqual([...ROLE_NAMES].sort());
    for (const perms of Object.values(ROLE_PERMISSIONS))
      for (const p of perms) expect(PERMISSIONS).toContain(p);
  });

  it('gives the administrator everything; workers and customers nothing of the office', () => {
    expect(permissionsOf([{ role: 'admin', storeId: null }])).toEqual([...PERMISSIONS]);
    // A worker only sees her own jobs (job.self), nothing of the office.
    expect(permissionsOf([{ role: 'worker', storeId: 's1' }])).toEqual(['job.self']);
    expect(permissionsOf([{ role: 'customer', storeId: null }])).toEqual(['board.read', 'catalog.read']);
  });

  it('lets no one reveal contact data without also reading the file it belongs to', () => {
    for (const role of ROLE_NAMES) {
      const p = ROLE_PERMISSIONS[role];
      if (p.includes('worker.reveal')) expect(p).toContain('worker.read');
      if (p.includes('customer.reveal')) expect(p).toContain('customer.read');
    }
  });

  it('lets only company-wide roles write users and stores', () => {
    for (const role of ROLE_NAMES) {
      const writes = ROLE_PERMISSIONS[role].some((p) => p === 'user.write' || p === 'store.write');
      if (writes) expect(ROLES[role].scope).toBe('company');
    }
  });

  it('unions permissions of several roles', () => {
    const perms = permissionsOf([
      { role: 'finance', storeId: null },
      { role: 'store_manager', storeId: 's1' },
    ]);
    expect(perms).toEqual(expect.arrayContaining(['store.read', 'team.write', 'user.read']));
    expect(perms).not.toContain('store.write');
  });
});

describe('scopes', () => {
  it('limits a store-scoped role to its stores', () => {
    const scope = scopeOf(
      [
        { role: 'store_manager', storeId: 's1' },
        { role: 'dispatcher', storeId: 's2' },
      ],
      'team.read',
    );
    expect(scope).toEqual({ kind: 'stores', storeIds: ['s1', 's2'] });
    expect(inScope(scope!, 's1')).toBe(true);
    expect(inScope(scope!, 's3')).toBe(false);
    expect(inScope(scope!, null)).toBe(false);
  });

  it('widens to the company when any granting role is company-wide', () => {
    const scope = scopeOf(
      [
        { role: 'store_manager', storeId: 's1' },
        { role: 'agent', storeId: 's9' },
      ],
      'store.read',
    );
    expect(scope).toEqual({ kind: 'company' });
    expect(inScope(scope!, 'anything')).toBe(true);
  });

  it('ignores roles that do not grant the permission', () => {
    expect(
      scopeOf(
        [
          { role: 'agent', storeId: null },
          { role: 'store_manager', storeId: 's1' },
        ],
        'team.write',
      ),
    ).toEqual({
      kind: 'stores',
      storeIds: ['s1'],
    });
    expect(scopeOf([{ role: 'worker', storeId: 's1' }], 'store.read')).toBeNull();
  });

  it('authorize throws FORBIDDEN without the permission and returns the scope with it', () => {
    expect(() => authorize(actor([{ role: 'worker', storeId: 's1' }]), 'store.read')).toThrow(AppError);
    expect(authorize(actor([{ role: 'admin', storeId: null }]), 'audit.read')).toEqual({ kind: 'company' });
    expect(() =>
      authorizeCompanyWide(actor([{ role: 'store_manager', storeId: 's1' }]), 'team.write'),
    ).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});
