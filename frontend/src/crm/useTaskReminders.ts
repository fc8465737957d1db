import type { TaskView } from '@atende/contract';
import { useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { playNotificationSound } from '../notifications/notificationSound';
import { SocketContext } from '../realtime/SocketContext';
import { useSocketEvent } from '../realtime/useSocketEvent';
import { crmApi } from './crmApi';

export interface TaskReminders {
  /** Reminders not dismissed yet, newest first: the live ones and those that went out while this user was away. */
  items: TaskView[];
  dismiss(id: number): void;
  dismissAll(): void;
}

const newestFirst = (a: TaskView, b: TaskView) => (b.remindedAt ?? b.dueAt).localeCompare(a.remindedAt ?? a.dueAt) || b.id - a.id;

/**
 * The `taskReminder` event (once, to the task's assignee, at its due time): a notice now, a ring unless muted,
 * and an entry in the bell until dismissed. A reminder that went out while the user had no socket open is not
 * lost: on every socket (re)connection the bell asks for the reminded, open tasks not dismissed yet
 * (GET /api/tasks?reminders=unseen), quietly — they are old news. Dismissing marks it seen on the server
 * (PUT {"reminderSeen": true}), so another tab or device does not bring it back.
 */
export function useTaskReminders(muted: boolean): TaskReminders {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const socket = useContext(SocketContext);
  const [items, setItems] = useState<TaskView[]>([]);
  // Dismissed here while a load was on its way: the answer must not bring them back.
  const dismissed = useRef(new Set<number>());

  useEffect(() => {
    if (!socket) return;
    const merge = (tasks: TaskView[]) =>
      setItems((current) => {
        const fresh = tasks.filter((task) => !dismissed.current.has(task.id) && !current.some((item) => item.id === task.id));
        return fresh.length ? [...current, ...fresh].sort(newestFirst) : current;
      });
    const load = () => {
      crmApi
        .unseenReminders()
        .then(merge)
        .catch(() => undefined); // The next connection asks again.
    };
    socket.on('connect', load);
    // The first connection may have completed before this effect ran: socket.io sets `id` only while connected.
    if (socket.id) load();
    return () => {
      socket.off('connect', load);
    };
  }, [socket]);

  useSocketEvent('taskReminder', ({ task }) => {
    dismissed.current.delete(task.id);
    setItems((current) => [task, ...current.filter((item) => item.id !== task.id)]);
    notify(t('crm.tasks.reminder', { title: task.title }), 'info');
    if (!muted) playNotificationSound();
  });
  // Done (here or elsewhere): nothing left to remind of.
  useSocketEvent('task', ({ task }) => {
    if (task.done) setItems((current) => current.filter((item) => item.id !== task.id));
  });

  const markSeen = (ids: number[]) => {
    for (const id of ids) {
      dismissed.current.add(id);
      // Still unseen on the server: the next connection brings it back.
      void crmApi.updateTask(id, { reminderSeen: true }).catch(() => dismissed.current.delete(id));
    }
  };
  return {
    items,
    dismiss: (id) => {
      setItems((current) => current.filter((item) => item.id !== id));
      markSeen([id]);
    },
    dismissAll: () => {
      markSeen(items.map((item) => item.id));
      setItems([]);
    },
  };
}
