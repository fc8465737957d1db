import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useFeedback } from '../common/FeedbackContext';
import { useChanged } from '../common/useChanged';
import { useLiveConnections } from '../connections/useLiveConnections';
import { errorMessage } from '../i18n/errorMessage';
import { ChatConnectionContext } from './chat/ChatConnection';
import { ChatSearch } from './chat/ChatSearch';
import { presenceText } from './chat/presenceText';
import { useContactPresence } from './chat/useContactPresence';
import { canEdit } from './chat/messageRules';
import { useFileDrop } from './chat/useFileDrop';
import { Composer, type ComposerHandle, type OutgoingInput } from './Composer';
import { MessageList } from './MessageList';
import { messagesApi, type Message } from './messagesApi';
import { chronological, upsertMessage, useMessages } from './messagesQuery';
import { TicketHeader } from './TicketHeader';
import { ticketsApi, type TicketStatus } from './ticketsApi';
import { placeTicket, useTicket } from './ticketsQuery';

/** Right side of the inbox: header with actions, the conversation, the composer. */
export function TicketChat({ ticketId, onStatusChange }: { ticketId: number; onStatusChange(status: TicketStatus): void }) {
  const { t, i18n } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const ticket = useTicket(ticketId);
  const history = useMessages(ticketId);
  const connections = useLiveConnections().data;
  const connection = connections?.find((c) => c.id === ticket.data?.whatsappId) ?? null;
  // Opened to write (a conversation just started): the cursor waits in the composer.
  const compose = (useLocation().state as { compose?: boolean } | null)?.compose === true;
  const unread = ticket.data?.unreadMessages ?? 0;
  const [replyTo, setReplyTo] = useState<Message | null>(null);
  const [editing, setEditing] = useState<Message | null>(null);
  const [deleting, setDeleting] = useState<Message | null>(null);
  const [deleteBusy, setDeleteBusy] = useState(false);
  const [searching, setSearching] = useState(false);
  const [jump, setJump] = useState<{ id: number } | null>(null);
  const contactPresence = useContactPresence(ticketId, ticket.data !== undefined && ticket.data.status !== 'closed');
  const composer = useRef<ComposerHandle>(null);
  const open = ticket.data?.status === 'open';
  const drop = useFileDrop(open, (files) => composer.current?.attach(files));

  // Another ticket: nothing half-done carries over.
  if (useChanged(ticketId)) {
    setReplyTo(null);
    setEditing(null);
    setSearching(false);
    setJump(null);
  }

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

  const actions = useMemo(
    () => (open ? { onReply: setReplyTo, onEdit: (m: Message) => setEditing(m), onDelete: setDeleting } : { onReply: undefined }),
    [open],
  );

  const send = useCallback(
    async ({ text, file, quotedMsgId, quickReplyId }: OutgoingInput) => {
      try {
        upsertMessage(client, await messagesApi.send(ticketId, { body: text, file, quotedMsgId, quickReplyId }));
      } catch (error) {
        notify(errorMessage(t, error), 'error');
        throw error;
      }
    },
    [client, notify, t, ticketId],
  );

  const edit = async (message: Message, body: string) => {
    try {
      upsertMessage(client, await messagesApi.edit(message.id, body));
    } catch (error) {
      notify(errorMessage(t, error), 'error');
      throw error;
    }
  };

  const remove = async () => {
    if (!deleting) return;
    setDeleteBusy(true);
    try {
      upsertMessage(client, await messagesApi.remove(deleting.id));
      setDeleting(null);
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setDeleteBusy(false);
    }
  };

  const editLast = () => {
    const last = chronological(history.data).findLast((m) => m.fromMe && !m.isDeleted);
    if (last && canEdit(last)) setEditing(last);
  };

  if (ticket.isPending) {
    return (
      <Box sx={{ display: 'grid', placeItems: 'center', height: '100%' }}>
        <CircularProgress aria-label={t('app.loading')} />
      </Box>
    );
  }
  if (ticket.isError)
    return (
      <Alert severity="error" sx={{ m: 2 }}>
        {errorMessage(t, ticket.error)}
      </Alert>
    );

  const current = ticket.data;
  return (
    <Box {...drop.handlers} sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0, position: 'relative' }}>
      <TicketHeader
        ticket={current}
        onChanged={(changed) => onStatusChange(changed.status)}
        onSearch={() => setSearching((on) => !on)}
        presence={presenceText(contactPresence, t, i18n.language)}
      />
      {searching ? <ChatSearch key={`search-${ticketId}`} ticketId={ticketId} onJump={(id) => setJump({ id })} onClose={() => setSearching(false)} /> : null}
      <ChatConnectionContext.Provider value={connection}>
        <MessageList key={`messages-${ticketId}`} ticketId={ticketId} contactName={current.contact.name} actions={actions} jump={jump} />
      </ChatConnectionContext.Provider>
      {current.status === 'open' ? (
        <Composer
          key={`composer-${ticketId}`}
          ref={composer}
          ticketId={ticketId}
          autoFocus={compose}
          queueId={current.queueId}
          contactName={current.contact.name}
          replyTo={replyTo}
          editing={editing}
          onCancelReply={() => setReplyTo(null)}
          onCancelEdit={() => setEditing(null)}
          onSend={send}
          onEdit={edit}
          onEditLast={editLast}
        />
      ) : (
        <Alert severity="info" sx={{ borderRadius: 0 }}>
          {current.status === 'pending' ? t(current.botActive ? 'aiInbox.takeOverToReply' : 'tickets.acceptToReply') : t('tickets.reopenToReply')}
        </Alert>
      )}
      {drop.overlay}
      <ConfirmDialog
        open={deleting !== null}
        title={t('chat.deleteTitle')}
        body={t('chat.deleteBody')}
        confirmLabel={t('chat.deleteConfirm')}
        destructive
        busy={deleteBusy}
        onConfirm={() => void remove()}
        onClose={() => setDeleting(null)}
      />
    </Box>
  );
}
