export const notificationsSupported = (): boolean => typeof window !== 'undefined' && 'Notification' in window;

export function notificationPermission(): NotificationPermission | 'unsupported' {
  return notificationsSupported() ? Notification.permission : 'unsupported';
}

/** Asks the browser (only from a click: browsers ignore or penalise requests made without one). */
export async function requestNotificationPermission(): Promise<NotificationPermission | 'unsupported'> {
  if (!notificationsSupported()) return 'unsupported';
  return Notification.requestPermission();
}

interface TicketNotice {
  ticketId: number;
  title: string;
  body: string;
  onOpen(ticketId: number): void;
}

/**
 * A system notification, only when the tab is hidden (otherwise the sound and the live list suffice) and
 * allowed. One per ticket at a time: the tag replaces an older one for the same conversation.
 */
export function showTicketNotification({ ticketId, title, body, onOpen }: TicketNotice): Notification | null {
  if (!notificationsSupported() || Notification.permission !== 'granted' || document.visibilityState !== 'hidden') return null;
  const notification = new Notification(title, { body, tag: `ticket-${ticketId}`, icon: '/favicon.svg' });
  notification.onclick = () => {
    window.focus();
    onOpen(ticketId);
    notification.close();
  };
  return notification;
}
