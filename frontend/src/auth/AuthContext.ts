import type { SessionEndReason } from '@atende/contract';
import { createContext, useContext } from 'react';
import type { User } from '../api/types';
import type { Credentials } from './authApi';

export type AuthStatus = 'booting' | 'authenticated' | 'anonymous';

export interface AuthContextValue {
  status: AuthStatus;
  user: User | null;
  /** The server ended the previous session (logged out by a supervisor, deactivated…): the login page says so. */
  endedReason: SessionEndReason | null;
  login(credentials: Credentials): Promise<User>;
  logout(): Promise<void>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
