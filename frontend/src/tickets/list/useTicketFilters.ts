import { useEffect, useState } from 'react';
import { useAuth } from '../../auth/AuthContext';
import { loadFilters, NO_FILTERS, saveFilters, type TicketFilters } from './ticketFilters';

/** The inbox filters of the signed-in user, remembered per user on this browser. */
export function useTicketFilters(): [TicketFilters, (next: TicketFilters) => void] {
  const { user } = useAuth();
  const userId = user?.id ?? null;
  const [filters, setFilters] = useState<TicketFilters>(() => (userId ? loadFilters(userId) : NO_FILTERS));
  // Another user signing in on the same browser gets their own filters, not the previous one's.
  useEffect(() => {
    setFilters(userId ? loadFilters(userId) : NO_FILTERS);
  }, [userId]);
  const update = (next: TicketFilters) => {
    setFilters(next);
    if (userId) saveFilters(userId, next);
  };
  return [filters, update];
}
