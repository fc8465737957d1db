import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { FormDialog } from '../common/FormDialog';
import { crmApi, crmKey, type TaskInput, type TaskView } from './crmApi';

interface TaskFormDialogProps {
  open: boolean;
  onClose(): void;
  /** Editing this task; otherwise a new one (for the user, reminded at its due time). */
  task?: TaskView;
  deal?: { id: number; title: string };
  contactId?: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** An instant as a datetime-local field shows it, in the browser's time zone. */
export function localInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The next full hour: a follow-up is usually "later today". */
const nextHour = () => {
  const date = new Date();
  date.setHours(date.getHours() + 1, 0, 0, 0);
  return date;
};

export function TaskFormDialog({ open, onClose, task, deal, contactId }: TaskFormDialogProps) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const [title, setTitle] = useState(task?.title ?? '');
  const [due, setDue] = useState(localInput(task ? new Date(task.dueAt) : nextHour()));
  const [touched, setTouched] = useState(false);
  const titleError = touched && title.trim() === '' ? t('validation.required') : undefined;
  const dueError = touched && (due === '' || Number.isNaN(new Date(due).getTime())) ? t('validation.required') : undefined;
  const save = useMutation({
    mutationFn: (input: TaskInput) => (task ? crmApi.updateTask(task.id, input) : crmApi.createTask(input)),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: [...crmKey, 'tasks'] });
      void client.invalidateQueries({ queryKey: [...crmKey, 'timeline'] });
      notify(t(task ? 'crm.tasks.saved' : 'crm.tasks.created'), 'success');
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (title.trim() === '' || due === '' || Number.isNaN(new Date(due).getTime())) return;
    const dueAt = new Date(due).toISOString();
    save.mutate(task ? { title: title.trim(), dueAt } : { title: title.trim(), dueAt, dealId: deal?.id ?? null, contactId: contactId ?? null });
  };
  return (
    <FormDialog
      open={open}
      title={task ? t('crm.tasks.edit') : t('crm.tasks.new')}
      submitting={save.isPending}
      editing={task !== undefined}
      error={save.error}
      onClose={onClose}
      onSubmit={submit}
    >
      {(deal ?? task?.deal) ? (
        <Typography variant="body2" color="text.secondary">
          {t('crm.tasks.forDeal', { title: (deal ?? task?.deal)?.title })}
        </Typography>
      ) : null}
      <TextField
        label={t('crm.tasks.title')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        required
        autoFocus
        error={!!titleError}
        helperText={titleError}
      />
      <TextField
        label={t('crm.tasks.dueAt')}
        type="datetime-local"
        value={due}
        onChange={(e) => setDue(e.target.value)}
        required
        error={!!dueError}
        helperText={dueError ?? t('crm.tasks.dueHint')}
        slotProps={{ inputLabel: { shrink: true } }}
      />
    </FormDialog>
  );
}
