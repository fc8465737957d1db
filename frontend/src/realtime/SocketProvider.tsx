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
    next.on('connect', () => {
      authRetries = 0;
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
      next.removeAllListeners();
      next.disconnect();
      setSocket(null);
    };
  }, [userId]);

  return <SocketContext.Provider value={socket}>{children}</SocketContext.Provider>;
}
