import type { ReactNode } from 'react';
import type { Permission } from '@contracts/access';
import { useAuth } from '../lib/auth';
import { ForbiddenPage } from './ForbiddenPage';

/** Route-level gate; the server checks again, this only spares the user a page of errors. */
export function RequirePermission({ perm, children }: { perm: Permission | Permission[]; children: ReactNode }) {
  const { can } = useAuth();
  const perms = Array.isArray(perm) ? perm : [perm];
  return perms.some(can) ? <>{children}</> : <ForbiddenPage />;
}
