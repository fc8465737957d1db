import { Navigate, Outlet, useLocation } from 'react-router';
import { FullPageLoader } from '../layout/FullPageLoader';
import { useAuth } from './AuthContext';

/** Pages behind it need a session; visitors go to /login and come back to where they were going. */
export function RequireAuth() {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'booting') return <FullPageLoader />;
  if (status === 'anonymous') {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return <Outlet />;
}
