import { useState } from 'react';
import { useAuth } from '../../auth/AuthContext';
import { useChanged } from '../../common/useChanged';
import type { TicketOrder } from '../ticketsApi';

const storageKey = (userId: number) => `atende.inbox.order.${userId}`;

function loadOrder(userId: number | null): TicketOrder {
  if (userId === null) return 'recent';
  try {
    return localStorage.getItem(storageKey(userId)) === 'oldest' ? 'oldest' : 'recent';
  } catch {
    return 'recent';
  }
}

/** The inbox list's order of the signed-in user, remembered per user on this browser (like the filters). */
export function useTicketOrder(): [TicketOrder, (next: TicketOrder) => void] {
  const { user } = useAuth();
  const userId = user?.id ?? null;
  const [order, setOrder] = useState<TicketOrder>(() => loadOrder(userId));
  // Another user signing in on the same browser gets their own order, not the previous one's.
  if (useChanged(userId)) setOrder(loadOrder(userId));
  const update = (next: TicketOrder) => {
    setOrder(next);
    if (userId === null) return;
    try {
      if (next === 'recent') localStorage.removeItem(storageKey(userId));
      else localStorage.setItem(storageKey(userId), next);
    } catch {
      // Storage disabled: the order lasts for this page only.
    }
  };
  return [order, update];
}
