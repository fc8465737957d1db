import { useState } from 'react';
import { useAuth } from '../../auth/AuthContext';
import { useChanged } from '../../common/useChanged';
import { loadFilters, NO_FILTERS, saveFilters, type TicketFilters } from './ticketFilters';

/** The inbox filters of the signed-in user, remembered per user on this browser. */
export function useTicketFilters(): [TicketFilters, (next: TicketFilters) => void] {
  const { user } = useAuth();
  const userId = user?.id ?? null;
  const [filters, setFilters] = useState<TicketFilters>(() => (userId ? loadFilters(userId) : NO_FILTERS));
  // Another user signing in on the same browser gets their own filters, not the previous one's.
  if (useChanged(userId)) setFilters(userId ? loadFilters(userId) : NO_FILTERS);
  const update = (next: TicketFilters) => {
    setFilters(next);
    if (userId) saveFilters(userId, next);
  };
  return [filters, update];
}
