import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../common/FormDialog';
import { OptionalSelect, type NamedChoice } from '../common/OptionalSelect';
import type { OptionFields } from './useQueueOptions';

export const OPTION_TITLE_MAX = 80;
export const OPTION_MESSAGE_MAX = 4096;

export type Target = NamedChoice;

const idOrNull = (value: string) => (value === '' ? null : Number(value));
const asValue = (id: number | null | undefined) => (id == null ? '' : String(id));

interface OptionFormDialogProps {
  open: boolean;
  title: string;
  /** The option's current text when editing; blank when adding one. */
  initial: OptionFields | null;
  /** The queue whose menu this is, and where else a leaf option may file the ticket. */
  queueId: number;
  queues: Target[];
  users: Target[];
  onClose(): void;
  onSubmit(fields: OptionFields): Promise<void>;
}

/** Title and message of one menu option; server refusals (a loop, a vanished parent) show on top. */
export function OptionFormDialog({ open, title, initial, queueId, queues, users, onClose, onSubmit }: OptionFormDialogProps) {
  const { t } = useTranslation();
  const [optionTitle, setOptionTitle] = useState('');
  const [message, setMessage] = useState('');
  const [targetQueue, setTargetQueue] = useState('');
  const [targetUser, setTargetUser] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!open) return;
    setOptionTitle(initial?.title ?? '');
    setMessage(initial?.message ?? '');
    setTargetQueue(asValue(initial?.targetQueueId));
    setTargetUser(asValue(initial?.targetUserId));
    setTouched(false);
    setError(null);
  }, [open, initial]);

  const titleMissing = optionTitle.trim() === '';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation(); // this form sits inside the menu dialog; keep the submit here
    setTouched(true);
    if (titleMissing) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit({
        title: optionTitle.trim(),
        message: message.trim() === '' ? null : message.trim(),
        targetQueueId: idOrNull(targetQueue),
        targetUserId: idOrNull(targetUser),
      });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open={open}
      title={title}
      submitting={busy}
      submitLabel={t('common.save')}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      error={error}
    >
      <TextField
        label={t('queues.options.optionTitle')}
        value={optionTitle}
        onChange={(e) => setOptionTitle(e.target.value)}
        required
        autoFocus
        autoComplete="off"
        error={touched && titleMissing}
        helperText={touched && titleMissing ? t('validation.required') : t('queues.options.optionTitleHint')}
        slotProps={{ htmlInput: { maxLength: OPTION_TITLE_MAX } }}
      />
      <TextField
        label={t('queues.options.optionMessage')}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        multiline
        minRows={3}
        helperText={t('queues.options.optionMessageHint')}
        slotProps={{ htmlInput: { maxLength: OPTION_MESSAGE_MAX } }}
      />
      <Typography variant="body2" color="text.secondary">
        {t('queues.options.routing')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <OptionalSelect
          label={t('queues.options.targetQueue')}
          value={targetQueue}
          onChange={setTargetQueue}
          noneLabel={t('queues.options.thisQueue', { name: queues.find((q) => q.id === queueId)?.name ?? '' })}
          choices={queues.filter((q) => q.id !== queueId)}
        />
        <OptionalSelect
          label={t('queues.options.targetUser')}
          value={targetUser}
          onChange={setTargetUser}
          noneLabel={t('queues.options.anyAttendant')}
          choices={users}
        />
      </Stack>
    </FormDialog>
  );
}
