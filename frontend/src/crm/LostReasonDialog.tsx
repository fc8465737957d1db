import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../common/FormDialog';

/** Asked before a deal goes to a 'lost' stage: the server refuses it without a reason, and the team learns from it. */
export function LostReasonDialog({ open, title, onClose, onConfirm }: { open: boolean; title: string; onClose(): void; onConfirm(reason: string): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const missing = reason.trim() === '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (missing) return;
    onConfirm(reason.trim());
    setReason('');
    setTouched(false);
  };
  return (
    <FormDialog open={open} title={t('crm.lostTitle', { title })} submitting={false} submitLabel={t('crm.markLost')} onClose={onClose} onSubmit={submit}>
      <TextField
        label={t('crm.lostReason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        required
        autoFocus
        multiline
        minRows={2}
        error={touched && missing}
        helperText={touched && missing ? t('validation.required') : t('crm.lostReasonHint')}
      />
    </FormDialog>
  );
}
