import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormDialog } from '../../common/FormDialog';
import { OptionalSelect } from '../../common/OptionalSelect';
import { useChanged } from '../../common/useChanged';
import { useConnections } from '../../connections/connectionsQuery';
import type { Contact } from '../../contacts/contactTypes';
import { useQueues } from '../queuesQuery';
import { ticketPath } from '../useTicketAddress';
import { ContactPicker } from './ContactPicker';
import { activeConversationOf, useStartTicket } from './useStartTicket';

interface StartTicketDialogProps {
  open: boolean;
  onClose(): void;
  /** Chosen already (the contacts screen); otherwise the dialog asks for one. */
  contact?: Contact | null;
}

/** "Nova conversa": whom to write to, from which connection, in which queue; then the chat opens. */
export function StartTicketDialog({ open, onClose, contact: given = null }: StartTicketDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const connections = useConnections();
  const queues = useQueues();
  const [contact, setContact] = useState<Contact | null>(given);
  const [whatsappId, setWhatsappId] = useState('');
  const [queueId, setQueueId] = useState('');
  const [missingContact, setMissingContact] = useState(false);
  // A number typed where no contact was chosen: the server checks it on WhatsApp and makes the contact.
  const [typed, setTyped] = useState('');
  const typedNumber = looksLikePhoneNumber(typed) ? typed.trim() : null;
  const start = useStartTicket(onClose);
  const { reset } = start;

  // Opening (or another contact while open) starts over: the choices, and the last attempt's answer.
  const openChanged = useChanged(open);
  const givenChanged = useChanged(given);
  if (open && (openChanged || givenChanged)) {
    setContact(given);
    setWhatsappId('');
    setQueueId('');
    setMissingContact(false);
    setTyped('');
  }
  useEffect(() => {
    if (open) reset();
  }, [open, given, reset]);
  // The company's default connection, once the list is known (the first one if none is marked).
  const list = connections.data ?? [];
  const fallback = list.find((c) => c.isDefault) ?? list[0];
  const chosenId = whatsappId || (fallback ? String(fallback.id) : '');
  const chosen = list.find((c) => String(c.id) === chosenId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const where = { whatsappId: chosen?.id, queueId: queueId ? Number(queueId) : null };
    if (contact) return start.mutate({ contactId: contact.id, ...where });
    if (typedNumber) return start.mutate({ number: typedNumber, ...where });
    setMissingContact(true);
  };
  const active = activeConversationOf(start.error);
  const openActive = (uuid: string) => {
    onClose();
    void navigate(ticketPath({ uuid }));
  };

  return (
    <FormDialog
      open={open}
      title={given ? t('startTicket.withContact', { name: given.name }) : t('startTicket.title')}
      submitting={start.isPending}
      submitLabel={t('startTicket.start')}
      error={active ? undefined : start.error}
      onClose={onClose}
      onSubmit={submit}
      maxWidth="xs"
    >
      {active ? (
        <Alert
          severity="info"
          action={
            active.ticket ? (
              <Button color="inherit" size="small" onClick={() => openActive(active.ticket!.uuid)}>
                {t('startTicket.openExisting')}
              </Button>
            ) : undefined
          }
        >
          {active.ticket
            ? t('startTicket.activeMine')
            : active.userName
              ? t('startTicket.activeWith', { name: active.userName })
              : t('startTicket.activeWaiting')}
        </Alert>
      ) : null}
      {given ? null : (
        <ContactPicker
          value={contact}
          onChange={(next) => {
            setContact(next);
            setMissingContact(false);
            start.reset();
          }}
          error={missingContact ? t('validation.required') : undefined}
          hint={typedNumber && !contact ? t('startTicket.numberHint', { number: typedNumber }) : undefined}
          noOptionsText={typedNumber ? t('startTicket.noContactsNumber') : undefined}
          onTypedChange={(text) => {
            setTyped(text);
            setMissingContact(false);
            start.reset();
          }}
        />
      )}
      <TextField
        select
        label={t('startTicket.connection')}
        value={chosenId}
        onChange={(e) => {
          setWhatsappId(e.target.value);
          start.reset();
        }}
        helperText={chosen && chosen.status !== 'CONNECTED' ? t('startTicket.disconnected') : undefined}
      >
        {list.map((connection) => (
          <MenuItem key={connection.id} value={String(connection.id)}>
            {connection.name}
          </MenuItem>
        ))}
      </TextField>
      <OptionalSelect label={t('startTicket.queue')} value={queueId} onChange={setQueueId} noneLabel={t('startTicket.noQueue')} choices={queues.data ?? []} />
    </FormDialog>
  );
}

/** Digits enough for a phone number (8+, with "+", spaces, dashes or parentheses around): not a name search. */
function looksLikePhoneNumber(text: string): boolean {
  return /^[\d\s()+.-]+$/.test(text.trim()) && text.replace(/\D/g, '').length >= 8;
}
