import type { Answer } from '@atende/contract';
import { ApiError } from '../api/ApiError';
import { api } from '../api/client';
import { session } from '../api/session';
import type { SessionPayload } from '../api/types';

export interface Credentials {
  email: string;
  password: string;
}

/** Login goes around the retrying client: a 401 here means bad credentials, never "refresh and retry". */
export async function login(credentials: Credentials): Promise<SessionPayload> {
  let response: Response;
  try {
    response = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(credentials),
      credentials: 'include',
    });
  } catch (error) {
    throw new ApiError('ERR_NETWORK', 0, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await ApiError.fromResponse(response);
  const payload = (await response.json()) as Answer<'POST /api/auth/login'>;
  session.set(payload);
  return payload;
}

/** Ends the session on the server (revokes the refresh family) and locally, even if the server is unreachable. */
export async function logout(): Promise<void> {
  try {
    await fetch('/api/auth/logout', { method: 'POST', credentials: 'include' });
  } catch {
    // Offline: the local session still ends; the cookie expires on its own.
  } finally {
    session.clear();
  }
}

export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  const payload = await api.put<Answer<'PUT /api/auth/password'>>('/api/auth/password', { currentPassword, newPassword });
  session.set(payload); // The server ended our other sessions and rotated ours.
}

/** The user's own preferences (issue 17: signing their messages); the session's user follows. */
export async function updatePreferences(changes: { signMessages?: boolean }): Promise<void> {
  const { user } = await api.put<Answer<'PUT /api/auth/preferences'>>('/api/auth/preferences', changes);
  session.updateUser(user);
}
