import type { SessionEndReason } from '@atende/contract';
import type { SessionPayload, User } from './types';

/**
 * The session lives in memory only: the access token is never written to storage (XSS would read it).
 * The refresh cookie is httpOnly; a localStorage flag only remembers that one probably exists, so a visitor
 * who never logged in is not greeted by a pointless 401 from /api/auth/refresh.
 */
export interface SessionState {
  accessToken: string | null;
  user: User | null;
  /** Why the server ended the last session (its `session` event), for the login page to say; null otherwise. */
  ended: SessionEndReason | null;
}

const HINT_KEY = 'atende.session';
type Listener = () => void;

let state: SessionState = { accessToken: null, user: null, ended: null };
const listeners = new Set<Listener>();

function emit(): void {
  for (const listener of listeners) listener();
}

export const session = {
  get: (): SessionState => state,
  token: (): string | null => state.accessToken,

  set(payload: SessionPayload): void {
    state = { accessToken: payload.accessToken, user: payload.user, ended: null };
    safeStorage(() => localStorage.setItem(HINT_KEY, '1'));
    emit();
  },

  setToken(accessToken: string): void {
    state = { ...state, accessToken };
    emit();
  },

  updateUser(user: User): void {
    if (state.user?.id !== user.id) return;
    state = { ...state, user };
    emit();
  },

  /**
   * Ends the session locally. `reason`: the server ended it (told on the socket). A later plain clear (a request
   * of the old session failing as it lands) keeps the reason already given.
   */
  clear(reason?: SessionEndReason): void {
    state = { accessToken: null, user: null, ended: reason ?? (state.user === null ? state.ended : null) };
    safeStorage(() => localStorage.removeItem(HINT_KEY));
    emit();
  },

  /** True when a refresh cookie may exist (we logged in on this browser and never logged out). */
  mayHaveRefreshCookie(): boolean {
    return safeStorage(() => localStorage.getItem(HINT_KEY) === '1') ?? false;
  },

  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

function safeStorage<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined; // Storage can be disabled (private mode, policies); the session still works.
  }
}
