import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { refreshSession } from '../api/client';
import { session } from '../api/session';
import { applyUserLanguage } from '../i18n';
import { AuthContext, type AuthContextValue, type AuthStatus } from './AuthContext';
import { login as loginRequest, logout as logoutRequest, type Credentials } from './authApi';

/**
 * Boots by exchanging the refresh cookie for an access token (the token itself is kept in memory only,
 * so a reload starts here). Any later session loss — refresh failure, logout — clears the cached data.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const state = useSyncExternalStore(session.subscribe, session.get, session.get);
  const [booted, setBooted] = useState(() => state.user !== null || !session.mayHaveRefreshCookie());

  useEffect(() => {
    if (booted) return;
    let cancelled = false;
    refreshSession()
      .then((payload) => applyUserLanguage(payload.user.language))
      .catch(() => undefined) // Anonymous: the guard sends the visitor to the login page.
      .finally(() => {
        if (!cancelled) setBooted(true);
      });
    return () => {
      cancelled = true;
    };
  }, [booted]);

  // Whatever ended the session, nothing from the previous user may stay on screen.
  useEffect(() => {
    if (booted && state.user === null) queryClient.clear();
  }, [booted, state.user, queryClient]);

  const login = useCallback(async (credentials: Credentials) => {
    const payload = await loginRequest(credentials);
    applyUserLanguage(payload.user.language);
    return payload.user;
  }, []);

  const logout = useCallback(() => logoutRequest(), []);

  const status: AuthStatus = !booted ? 'booting' : state.user ? 'authenticated' : 'anonymous';
  const value = useMemo<AuthContextValue>(
    () => ({ status, user: state.user, endedReason: state.ended, login, logout }),
    [status, state.user, state.ended, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
