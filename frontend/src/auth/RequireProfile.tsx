import type { ReactNode } from 'react';
import type { User } from '../api/types';
import { ForbiddenPage } from '../layout/ForbiddenPage';
import { useAuth } from './AuthContext';

/** Shows the page only when `allowed(user)`; otherwise explains why instead of a blank screen. */
export function RequireProfile({ allowed, children }: { allowed(user: User | null): boolean; children: ReactNode }) {
  const { user } = useAuth();
  return allowed(user) ? children : <ForbiddenPage />;
}
