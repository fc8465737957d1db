import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { Breakpoint } from '@mui/material/styles';
import { useId, type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessage';

interface FormDialogProps {
  open: boolean;
  title: string;
  /** While saving: the dialog cannot be dismissed and the save button spins. */
  submitting: boolean;
  /** Editing saves, otherwise the button creates; submitLabel says something else. */
  editing?: boolean;
  submitLabel?: string;
  /** What the last save answered when it failed (field errors are shown at their fields instead). */
  error?: unknown;
  onClose(): void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  maxWidth?: Breakpoint;
  fullScreen?: boolean;
  /** Lines above and below a long, scrolling form. */
  dividers?: boolean;
  children: ReactNode;
}

/** The shell of the admin create/edit dialogs: a titled form, its save error on top, cancel and save buttons. */
export function FormDialog(props: FormDialogProps) {
  const { open, title, submitting, editing, submitLabel, error, onClose, onSubmit, maxWidth = 'sm', fullScreen, dividers, children } = props;
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Dialog open={open} onClose={submitting ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth={maxWidth} fullScreen={fullScreen}>
      {/* A flex column like the dialog's paper, so a long form scrolls in its content, title and buttons in view. */}
      <form noValidate onSubmit={onSubmit} style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent dividers={dividers}>
          <Stack spacing={2} sx={{ pt: dividers ? 0 : 1 }}>
            {error ? <Alert severity="error">{errorMessage(t, error)}</Alert> : null}
            {children}
          </Stack>
        </DialogContent>
        <DialogActions sx={dividers ? { px: 3, py: 2 } : { px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={submitting}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={submitting}>
            {submitLabel ?? (editing ? t('common.save') : t('common.create'))}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
