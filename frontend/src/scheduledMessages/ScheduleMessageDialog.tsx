import TextField from '@mui/material/TextField';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useChanged } from '../common/useChanged';
import { useFeedback } from '../common/FeedbackContext';
import { FormDialog } from '../common/FormDialog';
import { scheduledMessagesApi, scheduledMessagesKey, toLocalInput, type ScheduledMessage } from './scheduledMessagesApi';

const MAX_BODY = 4096;

interface ScheduleMessageDialogProps {
  open: boolean;
  onClose(): void;
  /** Whom it goes to (a new one); and from which connection — the ticket's, when scheduled from the chat. */
  contact?: { id: number; name: string };
  whatsappId?: number | null;
  /** The pending one being edited. */
  scheduled?: ScheduledMessage | null;
}

/** "Agendar mensagem": a text and the moment it goes out (in the attendant's clock); or an edit of one. */
export function ScheduleMessageDialog({ open, onClose, contact, whatsappId, scheduled = null }: ScheduleMessageDialogProps) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const [body, setBody] = useState(scheduled?.body ?? '');
  const [sendAt, setSendAt] = useState(scheduled ? toLocalInput(scheduled.sendAt) : '');
  const [touched, setTouched] = useState(false);
  const save = useMutation({
    mutationFn: () => {
      const instant = new Date(sendAt).toISOString();
      if (scheduled) return scheduledMessagesApi.update(scheduled.id, { body, sendAt: instant });
      return scheduledMessagesApi.create({ contactId: contact!.id, ...(whatsappId ? { whatsappId } : {}), body, sendAt: instant });
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: scheduledMessagesKey });
      notify(t(scheduled ? 'scheduled.updated' : 'scheduled.saved'), 'success');
      onClose();
    },
  });
  // Opening starts over: the edited one's text and time, or an empty form.
  if (useChanged(open) && open) {
    setBody(scheduled?.body ?? '');
    setSendAt(scheduled ? toLocalInput(scheduled.sendAt) : '');
    setTouched(false);
  }
  const { reset } = save;
  useEffect(() => {
    if (open) reset();
  }, [open, reset]);
  const bodyError =
    touched && !body.trim() ? t('validation.required') : body.length > MAX_BODY ? t('quickReplies.messageTooLong', { max: MAX_BODY }) : undefined;
  const sendAtError = touched && !sendAt ? t('validation.required') : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!body.trim() || body.length > MAX_BODY || !sendAt) return;
    save.mutate();
  };

  return (
    <FormDialog
      open={open}
      title={scheduled ? t('scheduled.editTitle') : t('scheduled.scheduleFor', { name: contact?.name ?? '' })}
      submitting={save.isPending}
      submitLabel={t('scheduled.save')}
      editing={scheduled !== null}
      error={save.error}
      onClose={onClose}
      onSubmit={submit}
      maxWidth="sm"
    >
      <TextField
        label={t('scheduled.body')}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        multiline
        minRows={3}
        required
        error={bodyError !== undefined}
        helperText={bodyError ?? t('scheduled.bodyHint', { first: '{{firstName}}', greeting: '{{greeting}}' })}
      />
      <TextField
        label={t('scheduled.sendAt')}
        type="datetime-local"
        value={sendAt}
        onChange={(e) => setSendAt(e.target.value)}
        required
        error={sendAtError !== undefined}
        helperText={sendAtError}
        slotProps={{ inputLabel: { shrink: true } }}
      />
    </FormDialog>
  );
}
