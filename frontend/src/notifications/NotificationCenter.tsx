import { useState } from 'react';
import { useTaskReminders } from '../crm/useTaskReminders';
import { NotificationBell } from './NotificationBell';
import { useIncomingAlerts } from './useIncomingAlerts';
import { useStoredAlerts } from './useStoredAlerts';
import { useUnreadTitle } from './useUnreadTitle';

const MUTED_KEY = 'atende.notifications.muted';

/** Mounted once in the top bar: the bell, the alerts it governs (an admin's stored ones too, everyone's task reminders), and the unread count in the tab title. */
export function NotificationCenter() {
  const [muted, setMuted] = useState(() => localStorage.getItem(MUTED_KEY) === '1');
  useIncomingAlerts(muted);
  useUnreadTitle();
  const stored = useStoredAlerts();
  const reminders = useTaskReminders(muted);
  const changeMuted = (next: boolean) => {
    setMuted(next);
    if (next) localStorage.setItem(MUTED_KEY, '1');
    else localStorage.removeItem(MUTED_KEY);
  };
  return <NotificationBell muted={muted} onMutedChange={changeMuted} stored={stored} reminders={reminders} />;
}
