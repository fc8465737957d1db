import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { errorMessage } from '../i18n/errorMessage';
import { Composer } from './Composer';
import { MessageList } from './MessageList';
import { messagesApi } from './messagesApi';
import { upsertMessage } from './messagesQuery';
import { TicketHeader } from './TicketHeader';
import { ticketsApi, type TicketStatus } from './ticketsApi';
import { placeTicket, useTicket } from './ticketsQuery';

/** Right side of the inbox: header with actions, the conversation, the composer. */
export function TicketChat({ ticketId, onStatusChange }: { ticketId: number; onStatusChange(status: TicketStatus): void }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const ticket = useTicket(ticketId);
  const unread = ticket.data?.unreadMessages ?? 0;

  // Opening a ticket marks it read (here and, as blue ticks, on the customer's phone); so does every new
  // message that arrives while it stays open. Keyed on the unread count, not on every refetch.
  const loaded = ticket.data !== undefined;
  const closed = ticket.data?.status === 'closed';
  const readOnce = useRef(false);
  useEffect(() => {
    if (!loaded || closed || (readOnce.current && unread === 0)) return;
    readOnce.current = true;
    ticketsApi
      .act(ticketId, { action: 'read' })
      .then((changed) => placeTicket(client, changed))
      .catch(() => undefined); // Not worth an alert: the badge simply stays.
  }, [client, ticketId, unread, loaded, closed]);

  if (ticket.isPending) {
    return (
      <Box sx={{ display: 'grid', placeItems: 'center', height: '100%' }}>
        <CircularProgress aria-label={t('app.loading')} />
      </Box>
    );
  }
  if (ticket.isError) return <Alert severity="error" sx={{ m: 2 }}>{errorMessage(t, ticket.error)}</Alert>;

  const current = ticket.data;
  const send = async ({ text, file }: { text: string; file: File | null }) => {
    try {
      const message = file ? await messagesApi.sendFile(ticketId, file, text) : await messagesApi.sendText(ticketId, text);
      upsertMessage(client, message);
    } catch (error) {
      notify(errorMessage(t, error), 'error');
      throw error;
    }
  };
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <TicketHeader ticket={current} onChanged={(changed) => onStatusChange(changed.status)} />
      <MessageList ticketId={ticketId} />
      {current.status === 'open' ? (
        <Composer onSend={send} />
      ) : (
        <Alert severity="info" sx={{ borderRadius: 0 }}>
          {current.status === 'pending' ? t('tickets.acceptToReply') : t('tickets.reopenToReply')}
        </Alert>
      )}
    </Box>
  );
}
