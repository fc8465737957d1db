import ContentCopy from '@mui/icons-material/ContentCopy';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';

interface SecretOnceDialogProps {
  /** The secret to show; null closes the dialog. The caller forgets it on close: it is never shown twice. */
  secret: string | null;
  title: string;
  warning: string;
  fieldLabel: string;
  copyLabel: string;
  copiedText: string;
  doneLabel: string;
  onClose(): void;
}

/**
 * A token or signing secret the server answers once (it keeps only a hash, or an encrypted copy it never
 * reads back): shown with a copy button and a warning. Closing needs the button (no onClose on the Dialog):
 * a click beside it or Esc would lose it by accident.
 */
export function SecretOnceDialog({ secret, title, warning, fieldLabel, copyLabel, copiedText, doneLabel, onClose }: SecretOnceDialogProps) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const titleId = useId();
  const field = useRef<HTMLInputElement>(null);

  // Plain HTTP (no secure context) refuses the clipboard: the text is selected for Ctrl+C instead.
  const copy = async (value: string) => {
    try {
      await navigator.clipboard.writeText(value);
      notify(copiedText);
    } catch {
      field.current?.select();
      notify(t('integrations.copyFailed'), 'warning');
    }
  };

  return (
    <Dialog open={secret !== null} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Alert severity="warning">{warning}</Alert>
          <TextField
            label={fieldLabel}
            value={secret ?? ''}
            inputRef={field}
            fullWidth
            multiline
            onFocus={(event) => event.target.select()}
            slotProps={{ htmlInput: { readOnly: true, spellCheck: false, style: { fontFamily: 'monospace', wordBreak: 'break-all' } } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2, flexWrap: 'wrap', gap: 1 }}>
        <Button startIcon={<ContentCopy />} variant="contained" onClick={() => secret !== null && void copy(secret)}>
          {copyLabel}
        </Button>
        <Button onClick={onClose}>{doneLabel}</Button>
      </DialogActions>
    </Dialog>
  );
}
