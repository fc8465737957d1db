import { Navigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { ForbiddenPage } from './ForbiddenPage';
import { firstAllowedPage } from './menuItems';

/** "/" opens the first page the user's profile may see. */
export function HomeRedirect() {
  const { user } = useAuth();
  const target = firstAllowedPage(user);
  return target ? <Navigate to={target} replace /> : <ForbiddenPage />;
}
