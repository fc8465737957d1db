import { useEffect, useState, type ReactNode } from 'react';
import { io } from 'socket.io-client';
import { refreshSession } from '../api/client';
import { session } from '../api/session';
import { useAuth } from '../auth/AuthContext';
import { SocketContext, type AppSocket } from './SocketContext';

// After this many consecutive auth rejections despite fresh tokens, stop: something is wrong server-side.
const MAX_AUTH_RETRIES = 3;

/**
 * One socket per signed-in user. The handshake reads the token at connect time (a function, not a value),
 * so reconnects after a refresh carry the new token. An `ERR_UNAUTHORIZED` rejection means the token
 * expired: refresh once, then connect again (socket.io does not retry middleware rejections by itself).
 */
export function SocketProvider({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const userId = user?.id ?? null;
  const [socket, setSocket] = useState<AppSocket | null>(null);

  useEffect(() => {
    if (userId === null) return;
    const next: AppSocket = io({
      path: '/socket.io',
      auth: (cb) => cb({ token: session.token() }),
      withCredentials: true,
    });
    let authRetries = 0;
    let connectedWith: string | null = null;
    let awaitToken: (() => void) | null = null;
    next.on('connect', () => {
      authRetries = 0;
      connectedWith = session.token();
    });
    // The server ended every session of this user and says why: sign out now, the login page tells the reason
    // (the disconnect follows; nothing of the old user stays on screen, see AuthProvider).
    next.on('session', (event) => {
      if (event.action === 'ended') session.clear(event.reason);
    });
    // Disconnected by the server without a word: the user's own password change (maybe in this very tab, which
    // got a new session in the answer). socket.io does not reconnect by itself after that; a new access token
    // — this tab's, or the next refresh's — brings the socket back. With none, the next call's refresh fails
    // and the page signs out as for any lost session.
    next.on('disconnect', (reason) => {
      if (reason !== 'io server disconnect') return;
      const reconnectOnNewToken = () => {
        const token = session.token();
        if (token === null || token === connectedWith) return false;
        awaitToken?.();
        awaitToken = null;
        next.connect();
        return true;
      };
      if (!reconnectOnNewToken()) awaitToken = session.subscribe(() => void reconnectOnNewToken());
    });
    next.on('connect_error', (error) => {
      if (error.message !== 'ERR_UNAUTHORIZED' || authRetries >= MAX_AUTH_RETRIES) return;
      authRetries += 1;
      refreshSession()
        .then(() => next.connect())
        .catch(() => undefined); // Refresh failed: the session is cleared and this effect disconnects.
    });
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the socket is the outside system: made, shared and closed here
    setSocket(next);
    return () => {
      awaitToken?.();
      next.removeAllListeners();
      next.disconnect();
      setSocket(null);
    };
  }, [userId]);

  return <SocketContext.Provider value={socket}>{children}</SocketContext.Provider>;
}
