import { useContext, useEffect, useRef, useState } from 'react';
import { useAuth } from '../auth/AuthContext';
import { SocketContext } from '../realtime/SocketContext';
import { useSocketEvent } from '../realtime/useSocketEvent';
import { alertsApi, type StoredAlert } from './alertsApi';

export interface StoredAlerts {
  alerts: StoredAlert[];
  markSeen(id: number): void;
  markAllSeen(): void;
}

const newestFirst = (a: StoredAlert, b: StoredAlert) => b.id - a.id;

/**
 * The admin's unseen alerts (a connection unlinked or unreachable, the AI budget nearly or wholly used): read from the server on every socket
 * (re)connection — so an admin who was away finds what happened meanwhile — and merged with the live ones.
 * Null for everyone else: alerts are for admins.
 */
export function useStoredAlerts(): StoredAlerts | null {
  const { user } = useAuth();
  const socket = useContext(SocketContext);
  const admin = !!user && (user.super || user.profile === 'admin');
  const [alerts, setAlerts] = useState<StoredAlert[]>([]);
  // Seen here while a load was on its way: the answer must not bring them back.
  const seen = useRef(new Set<number>());

  useEffect(() => {
    if (!socket || !admin) return;
    const load = () => {
      alertsApi
        .unseen()
        .then((stored) => setAlerts(stored.filter((a) => !seen.current.has(a.id)).sort(newestFirst)))
        .catch(() => undefined); // The next connection tries again.
    };
    socket.on('connect', load);
    // The first connection may have completed before this effect ran: socket.io sets `id` only while connected.
    if (socket.id) load();
    return () => {
      socket.off('connect', load);
    };
  }, [socket, admin]);

  const addLive = (live: StoredAlert) => setAlerts((current) => (current.some((a) => a.id === live.id) ? current : [live, ...current].sort(newestFirst)));
  useSocketEvent('whatsappSession', (event) => {
    if (admin && event.action === 'alert' && event.alert) addLive(event.alert);
  });
  // Alerts about the company itself (the AI budget).
  useSocketEvent('alert', (event) => {
    if (admin && event.action === 'raised') addLive(event.alert);
  });

  if (!admin) return null;
  return {
    alerts,
    markSeen(id) {
      seen.current.add(id);
      setAlerts((current) => current.filter((a) => a.id !== id));
      // Still unseen on the server: the next load brings it back.
      void alertsApi.markSeen(id).catch(() => seen.current.delete(id));
    },
    markAllSeen() {
      const ids = alerts.map((a) => a.id);
      for (const id of ids) seen.current.add(id);
      setAlerts([]);
      void alertsApi.markAllSeen().catch(() => ids.forEach((id) => seen.current.delete(id)));
    },
  };
}
