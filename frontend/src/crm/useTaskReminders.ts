import type { TaskView } from '@atende/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { playNotificationSound } from '../notifications/notificationSound';
import { useSocketEvent } from '../realtime/useSocketEvent';

export interface TaskReminders {
  /** Reminders that reached this user since the page loaded, newest first, until dismissed. */
  items: TaskView[];
  dismiss(id: number): void;
  dismissAll(): void;
}

/**
 * The `taskReminder` event (once, to the task's assignee, at its due time): a notice now, a ring unless muted,
 * and an entry in the bell until dismissed. The tasks page lists overdue tasks anyway, so nothing is stored.
 */
export function useTaskReminders(muted: boolean): TaskReminders {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const [items, setItems] = useState<TaskView[]>([]);
  useSocketEvent('taskReminder', ({ task }) => {
    setItems((current) => [task, ...current.filter((item) => item.id !== task.id)]);
    notify(t('crm.tasks.reminder', { title: task.title }), 'info');
    if (!muted) playNotificationSound();
  });
  return {
    items,
    dismiss: (id) => setItems((current) => current.filter((item) => item.id !== id)),
    dismissAll: () => setItems([]),
  };
}
