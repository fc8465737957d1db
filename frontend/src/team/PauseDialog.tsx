import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../common/FormDialog';
import { PAUSE_REASON_MAX } from './teamApi';

const QUICK_REASONS = ['lunch', 'meeting', 'break'] as const;

interface PauseDialogProps {
  open: boolean;
  /** Whose pause (the team panel); the dialog's own title when pausing oneself. */
  title?: string;
  onClose(): void;
  /** The reason as typed (trimmed), or null when left empty. */
  onPause(reason: string | null): Promise<void>;
}

/** Asks for an optional reason before a pause: a few usual ones as chips, or free text. */
export function PauseDialog({ open, title, onClose, onPause }: PauseDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };

  return (
    <FormDialog
      open={open}
      title={title ?? t('team.pauseTitle')}
      submitting={submitting}
      submitLabel={t('team.pause')}
      error={error}
      maxWidth="xs"
      onClose={close}
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitting(true);
        setError(null);
        onPause(reason.trim() || null)
          .then(() => setReason(''))
          .catch(setError)
          .finally(() => setSubmitting(false));
      }}
    >
      <Typography variant="body2" color="text.secondary">
        {t('team.pauseBody')}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
        {QUICK_REASONS.map((key) => {
          const label = t(`team.reasons.${key}`);
          return <Chip key={key} label={label} color={reason === label ? 'primary' : 'default'} onClick={() => setReason(label)} />;
        })}
      </Stack>
      <TextField
        label={t('team.reason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        slotProps={{ htmlInput: { maxLength: PAUSE_REASON_MAX } }}
        autoComplete="off"
      />
    </FormDialog>
  );
}
