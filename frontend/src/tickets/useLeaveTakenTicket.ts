import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { useFeedback } from '../common/FeedbackContext';
import type { Ticket } from './ticketsApi';
import { stillVisible } from './useTicketActions';
import type { TicketEventOptions } from './useTicketEvents';

/**
 * Someone else (a supervisor) took the open ticket from this attendant: given to a colleague, or back to a
 * queue they may not serve. Its chat would otherwise stay open with actions they can no longer take, so it
 * closes with a note. A transfer of their own (`transferring`) is settled by its answer instead.
 */
export function useLeaveTakenTicket(selectedId: number | null, transferring: boolean): TicketEventOptions['onTicketChanged'] {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { notify } = useFeedback();
  const { user: me } = useAuth();
  const openId = useRef(selectedId);
  useEffect(() => {
    openId.current = selectedId;
  }, [selectedId]);

  const leave = (ticket: Ticket) => {
    if (openId.current !== ticket.id) return; // the attendant has moved on meanwhile
    void navigate('/tickets');
    notify(t('inbox.header.takenAway'), 'info');
  };

  return (ticket, { previous, visible }) => {
    if (ticket.id !== selectedId || transferring) return;
    if (!visible) return leave(ticket);
    // Back in a queue: whether this attendant still sees it depends on their queues, the server's rule.
    const takenFromMe = me?.profile === 'user' && previous?.userId === me.id && ticket.userId !== me.id;
    if (!takenFromMe) return;
    void stillVisible(ticket).then(
      (fresh) => {
        if (!fresh) leave(ticket);
      },
      () => undefined, // offline: the chat stays; the next event or refetch decides
    );
  };
}
