import { Route, Routes } from 'react-router';
import { LoginPage } from './auth/LoginPage';
import { canManageConnections, canReadUsers, canUseInbox } from './auth/permissions';
import { RequireAuth } from './auth/RequireAuth';
import { RequireProfile } from './auth/RequireProfile';
import { ConnectionsPage } from './connections/ConnectionsPage';
import { AppLayout } from './layout/AppLayout';
import { HomeRedirect } from './layout/HomeRedirect';
import { NotFoundPage } from './layout/NotFoundPage';
import { TicketsPage } from './tickets/TicketsPage';
import { UsersPage } from './users/UsersPage';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomeRedirect />} />
          <Route path="tickets/:id?" element={<RequireProfile allowed={canUseInbox}><TicketsPage /></RequireProfile>} />
          <Route
            path="connections"
            element={
              <RequireProfile allowed={canManageConnections}>
                <ConnectionsPage />
              </RequireProfile>
            }
          />
          <Route
            path="users"
            element={
              <RequireProfile allowed={canReadUsers}>
                <UsersPage />
              </RequireProfile>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
