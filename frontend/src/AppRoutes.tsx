import { Route, Routes } from 'react-router';
import { LoginPage } from './auth/LoginPage';
import { canReadUsers } from './auth/permissions';
import { RequireAuth } from './auth/RequireAuth';
import { RequireProfile } from './auth/RequireProfile';
import { AppLayout } from './layout/AppLayout';
import { HomeRedirect } from './layout/HomeRedirect';
import { NotFoundPage } from './layout/NotFoundPage';
import { UsersPage } from './users/UsersPage';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomeRedirect />} />
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
